package dev.roster.enrollment.outbox.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.outbox.application.FailureReason;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceTestConfiguration;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service with its broker unreachable (a port nothing listens on), relay on: it stays ready,
 * health shows the broker DOWN, purchases go on and their events wait in the outbox while the relay
 * backs off. A context of its own (own database, closed after the class), so its relay touches no
 * other test's rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roster.purchase.reconciliation-enabled=false",
                "roster.outbox.initial-backoff=100ms",
                "roster.outbox.max-backoff=1s"})
@ContextConfiguration(initializers = {OwnDatabaseInitializer.class, BrokerDownReadinessIT.UnreachableBroker.class})
@Import(ServiceTestConfiguration.class)
@DirtiesContext
@Guards({Risk.EVENT_LOST_BEFORE_PUBLISH, Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY})
class BrokerDownReadinessIT {

    @Value("${local.server.port}") int port;
    @Value("${local.management.port}") int managementPort;
    @Autowired MeterRegistry meters;
    @Autowired Courses courses;
    @Autowired DataSource dataSource;
    @Autowired OutboxRelayRunner relay;

    RestTestClient http;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + managementPort).build();
    }

    @Test
    void staysReadyWhileHealthShowsTheBrokerDown() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.rabbit").doesNotExist();
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.components.rabbit.status").isEqualTo("DOWN")
                .jsonPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void sellsSeatsWhileTheBrokerIsDownAndKeepsTheirEventsInTheOutbox() {
        Course course = aCourse().build();
        courses.addIfAbsent(course);
        Api api = new Api(port);
        String token = api.learnerToken("learner-" + UUID.randomUUID() + "@example.com");
        double failuresBefore = brokerFailures();

        api.http().post().uri("/api/v1/enrollments")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("courseId", course.id().toString(), "paymentToken", "tok_visa"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");

        await().atMost(Duration.ofSeconds(30)).until(() -> brokerFailures() >= failuresBefore + 2);
        assertThat(relay.isRunning()).as("no failure stops the relay").isTrue();
        assertThat(meters.get(OutboxMeters.BACKLOG).gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM outbox_event WHERE type = 'EnrollmentConfirmed' AND published_at IS NULL")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private double brokerFailures() {
        return meters.get(OutboxRelayRunner.FAILURES).tag("reason", FailureReason.BROKER_ERROR.tag()).counter().count();
    }

    /** Points the service at a local port nothing listens on. */
    static class UnreachableBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.rabbitmq.host=127.0.0.1",
                    "spring.rabbitmq.port=" + TestBroker.closedPort(),
                    "roster.outbox.exchange=roster.enrollment.unreachable")
                    .applyTo(context.getEnvironment());
        }
    }
}
