package dev.roster.enrollment.testsupport;

import dev.roster.testkit.time.MutableClock;
import dev.roster.testkit.amqp.RealRabbitMq;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole enrollment-service on a random port, connected to the test JVM's real PostgreSQL
 * (see {@link RealPostgresInitializer}) and real RabbitMQ (see {@link RealRabbitMqInitializer}),
 * with a {@link MutableClock} as its clock. The clock is reset before every test; tests empty the
 * database themselves.
 *
 * <p>The outbox relay is off here: these contexts stay cached and running for the whole test JVM,
 * and a relay in one of them would claim the outbox rows of whatever test runs next. Tests write
 * events to the outbox and read them there; the relay's own tests (package {@code outbox}) run
 * relays of their own, each with its own exchange.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roster.service-token=" + ServiceIT.SERVICE_TOKEN,
                "roster.purchase.reconciliation-enabled=false",
                "roster.outbox.relay-enabled=false",
                "spring.datasource.hikari.maximum-pool-size=24"})
@ContextConfiguration(initializers = {RealPostgresInitializer.class, ServiceIT.RealRabbitMqInitializer.class})
@Import(ServiceTestConfiguration.class)
@TestExecutionListeners(listeners = ResetClockListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ServiceIT {

    /** The trusted service credential of the service under test. */
    String SERVICE_TOKEN = "test-service-token-0123456789";

    /** Points the service at the test JVM's real RabbitMQ from the testkit (fails loudly if unreachable). */
    class RealRabbitMqInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(RealRabbitMq.shared().springProperties()).applyTo(context.getEnvironment());
        }
    }
}
