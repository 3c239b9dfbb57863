package dev.roster.enrollment.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole enrollment-service on a random port, connected to the test JVM's real PostgreSQL
 * (see {@link RealPostgresInitializer}), with a {@link MutableClock} as its clock. The clock is
 * reset before every test; tests empty the database themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roster.service-token=" + ServiceIT.SERVICE_TOKEN,
                "roster.purchase.reconciliation-enabled=false",
                "spring.datasource.hikari.maximum-pool-size=24"})
@ContextConfiguration(initializers = RealPostgresInitializer.class)
@Import(ServiceTestConfiguration.class)
@TestExecutionListeners(listeners = ResetClockListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ServiceIT {

    /** The trusted service credential of the service under test. */
    String SERVICE_TOKEN = "test-service-token-0123456789";
}
