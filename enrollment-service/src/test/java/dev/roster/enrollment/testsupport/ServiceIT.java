package dev.roster.enrollment.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole enrollment-service on a random port, connected to the test JVM's real PostgreSQL
 * (see {@link RealPostgresInitializer}). Tests clean the tables they use before they run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealPostgresInitializer.class)
public @interface ServiceIT {
}
