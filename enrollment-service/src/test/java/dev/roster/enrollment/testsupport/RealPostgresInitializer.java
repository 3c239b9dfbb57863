package dev.roster.enrollment.testsupport;

import dev.roster.testkit.db.RealPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the service at the test JVM's real PostgreSQL from the testkit, the same one every
 * integration test of this module uses; the service's own Flyway migrates it at start.
 */
public class RealPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealPostgres.Database database = RealPostgres.shared().database();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()
        ).applyTo(context.getEnvironment());
    }
}
