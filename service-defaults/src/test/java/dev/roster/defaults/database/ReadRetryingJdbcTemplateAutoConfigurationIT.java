package dev.roster.defaults.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.db.RealPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a service's repositories get: a JdbcClient over the read-retrying template, set up from its properties. */
class ReadRetryingJdbcTemplateAutoConfigurationIT {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                    JdbcClientAutoConfiguration.class, ReadRetryingJdbcTemplateAutoConfiguration.class))
            .withPropertyValues(databaseProperties());

    @Test
    void buildsTheServicesJdbcClientOnTheReadRetryingTemplateWithSpringBootsSettings() {
        service.withPropertyValues("spring.jdbc.template.query-timeout=7s", "spring.jdbc.template.fetch-size=50")
                .run(context -> {
                    assertThat(context).hasSingleBean(JdbcOperations.class);
                    JdbcTemplate template = context.getBean(JdbcTemplate.class);
                    assertThat(template).isInstanceOf(ReadRetryingJdbcTemplate.class);
                    assertThat(template.getQueryTimeout()).isEqualTo(7);
                    assertThat(template.getFetchSize()).isEqualTo(50);
                    assertThat(context.getBean(JdbcClient.class).sql("SELECT 40 + 2").query(Integer.class).single()).isEqualTo(42);
                });
    }

    @Test
    void keepsATemplateTheServiceDeclaredItself() {
        service.withBean("own", JdbcTemplate.class, () -> new JdbcTemplate(RealPostgres.shared().database().dataSource()))
                .run(context -> assertThat(context.getBean(JdbcTemplate.class)).isNotInstanceOf(ReadRetryingJdbcTemplate.class));
    }

    private static String[] databaseProperties() {
        RealPostgres.Database database = RealPostgres.shared().database();
        return new String[] {"spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()};
    }
}
