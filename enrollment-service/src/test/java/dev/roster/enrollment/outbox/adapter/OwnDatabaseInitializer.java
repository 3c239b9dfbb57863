package dev.roster.enrollment.outbox.adapter;

import dev.roster.testkit.db.RealPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives a service context with a running relay a database of its own on the test JVM's PostgreSQL
 * (migrated by the service's Flyway), so its relay never claims the outbox rows of other tests.
 */
public class OwnDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealPostgres.Database database = RealPostgres.shared().createDatabase("outbox_relay_context");
        TestPropertyValues.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()
        ).applyTo(context.getEnvironment());
    }
}
