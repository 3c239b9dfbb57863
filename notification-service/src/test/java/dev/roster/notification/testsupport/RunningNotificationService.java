package dev.roster.notification.testsupport;

import dev.roster.notification.NotificationServiceApplication;
import dev.roster.testkit.amqp.RealRabbitMq;
import dev.roster.testkit.db.RealPostgres;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole notification-service, started in the test JVM against the real broker (with the test's
 * own topology), the test JVM's real PostgreSQL (migrated by the service's Flyway), an SMTP server
 * and a stand-in for enrollment-service's HTTP API. Short retry delays keep the tests fast.
 */
public final class RunningNotificationService implements AutoCloseable {

    public static final String SERVICE_TOKEN = "test-notification-service-token";
    public static final int DELIVERY_LIMIT = 5;
    public static final int CONTACT_ATTEMPTS = 2;

    private final ConfigurableApplicationContext context;
    private final RealPostgres.Database database;

    private RunningNotificationService(ConfigurableApplicationContext context, RealPostgres.Database database) {
        this.context = context;
        this.database = database;
    }

    /**
     * @param extraSources more configuration, e.g. a test-only variant of a bean (plain classes with
     *                     {@code @Bean} methods, never {@code @Configuration}: component scanning would
     *                     otherwise pick them up in every test)
     */
    public static RunningNotificationService start(TestTopology topology, String enrollmentServiceUrl, int smtpPort,
                                                   Class<?>... extraSources) {
        RealPostgres.Database database = RealPostgres.shared().database();
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtpPort,
                "roster.notification.service-token=" + SERVICE_TOKEN,
                "roster.notification.enrollment-service-url=" + enrollmentServiceUrl,
                "roster.notification.retry-delay=300ms",
                "roster.notification.contact-attempts=" + CONTACT_ATTEMPTS,
                "roster.notification.contact-retry-delay=20ms",
                "roster.notification.read-timeout=2s",
                "roster.notification.messaging.delivery-limit=" + DELIVERY_LIMIT,
                "roster.notification.messaging.consumers=2"));
        properties.addAll(Arrays.asList(RealRabbitMq.shared().springProperties()));
        properties.addAll(topology.properties());
        List<Class<?>> sources = new ArrayList<>(List.of(NotificationServiceApplication.class));
        sources.addAll(Arrays.asList(extraSources));
        // As command-line arguments: they win over application.yml (builder properties would not).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
        return new RunningNotificationService(context, database);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The current value of a counter, summed over its tags; 0 before it first counted. */
    public double counter(String name, String... tags) {
        return context.getBean(MeterRegistry.class).find(name).tags(tags).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** The port it serves HTTP on, the actuator endpoints included (no management port of its own here). */
    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public RealPostgres.Database database() {
        return database;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
    }

    @Override
    public void close() {
        context.close();
    }
}
