package dev.roster.defaults.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * The service's {@link JdbcTemplate} (and so its {@code NamedParameterJdbcTemplate} and {@code JdbcClient}, which
 * Spring Boot builds on it) is a {@link ReadRetryingJdbcTemplate}, set up from {@code spring.jdbc.template.*}
 * exactly as Spring Boot sets up its own, which then steps aside.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = JdbcTemplateAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(JdbcProperties.class)
public final class ReadRetryingJdbcTemplateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(JdbcOperations.class)
    JdbcTemplate jdbcTemplate(DataSource dataSource, JdbcProperties properties,
                              ObjectProvider<SQLExceptionTranslator> translator) {
        JdbcTemplate template = new ReadRetryingJdbcTemplate(dataSource);
        JdbcProperties.Template settings = properties.getTemplate();
        template.setIgnoreWarnings(settings.isIgnoreWarnings());
        template.setFetchSize(settings.getFetchSize());
        template.setMaxRows(settings.getMaxRows());
        if (settings.getQueryTimeout() != null) {
            template.setQueryTimeout((int) settings.getQueryTimeout().getSeconds());
        }
        template.setSkipResultsProcessing(settings.isSkipResultsProcessing());
        template.setSkipUndeclaredResults(settings.isSkipUndeclaredResults());
        template.setResultsMapCaseInsensitive(settings.isResultsMapCaseInsensitive());
        translator.ifUnique(template::setExceptionTranslator);
        return template;
    }
}
