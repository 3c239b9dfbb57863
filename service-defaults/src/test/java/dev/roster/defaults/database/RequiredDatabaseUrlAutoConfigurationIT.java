package dev.roster.defaults.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Outside the local run (the production jar, which carries no zonky) a service needs a database URL: without
 * one it does not start, and the failure is the one {@link DatabaseNotConfiguredFailureAnalyzer} explains; with
 * one, Spring Boot's own data source is used. Where zonky is (the local jar, the tests) the embedded database
 * takes over instead ({@link EmbeddedDatabaseAutoConfigurationIT}).
 */
@Guards(Risk.LOCAL_STAND_IN_IN_PRODUCTION)
class RequiredDatabaseUrlAutoConfigurationIT {

    private final ApplicationContextRunner productionJar = new ApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                    RequiredDatabaseUrlAutoConfiguration.class, DataSourceAutoConfiguration.class))
            .withPropertyValues("spring.application.name=enrollment-service");

    @Test
    void refusesToStartWithoutADatabaseUrl() {
        productionJar.withPropertyValues("spring.datasource.url=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(DatabaseNotConfiguredException.class)
                    .hasMessageContaining("enrollment-service").hasMessageContaining("SPRING_DATASOURCE_URL");
        });
    }

    @Test
    void usesSpringBootsDataSourceForTheConfiguredUrl() {
        productionJar.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/roster",
                        "spring.datasource.username=roster")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class,
                            hikari -> assertThat(hikari.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/roster"));
                });
    }

    @Test
    void stepsAsideWhereTheEmbeddedDatabaseIs() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RequiredDatabaseUrlAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class));
    }
}
