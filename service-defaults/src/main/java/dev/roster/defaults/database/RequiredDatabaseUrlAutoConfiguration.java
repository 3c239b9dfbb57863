package dev.roster.defaults.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The production jar with no {@code spring.datasource.url}: it carries no embedded PostgreSQL, so instead of
 * Spring Boot's generic "Failed to configure a DataSource" (which suggests putting H2 on the classpath) the
 * start fails with {@link DatabaseNotConfiguredException}, which {@link DatabaseNotConfiguredFailureAnalyzer}
 * turns into one report naming what to set. Taking the data source's place (before Boot's
 * {@link DataSourceAutoConfiguration}, whose pooled data source then steps aside) makes the failure happen
 * wherever the first bean asks for a database, and nowhere else.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(DataSource.class)
@ConditionalOnMissingClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatabaseUrl.class)
public final class RequiredDatabaseUrlAutoConfiguration {

    @Bean
    DataSource dataSource(@Value("${spring.application.name:this service}") String service) {
        throw new DatabaseNotConfiguredException(service);
    }
}
