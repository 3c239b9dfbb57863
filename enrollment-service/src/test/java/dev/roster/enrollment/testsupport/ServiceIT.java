package dev.roster.enrollment.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole enrollment-service on a random port, connected to the test JVM's real PostgreSQL
 * (see {@link RealPostgresInitializer}), with a {@link MutableClock} as its clock. Tests empty the
 * database and set the clock before they run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "roster.service-token=" + ServiceIT.SERVICE_TOKEN)
@ContextConfiguration(initializers = RealPostgresInitializer.class)
@Import(ServiceTestConfiguration.class)
public @interface ServiceIT {

    /** The trusted service credential of the service under test. */
    String SERVICE_TOKEN = "test-service-token-0123456789";
}
