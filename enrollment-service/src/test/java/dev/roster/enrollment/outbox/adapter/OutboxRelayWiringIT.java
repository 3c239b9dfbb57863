package dev.roster.enrollment.outbox.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roster.enrollment.outbox.adapter.TestBroker.Received;
import dev.roster.enrollment.outbox.adapter.TestBroker.TestQueue;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.amqp.RealRabbitMq;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service as configured, relay on: an event a purchase writes through its port reaches a queue
 * bound to the configured exchange, and operators see the relay in health and metrics. The context
 * has a database and an exchange of its own, and is closed after the class, relay and all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roster.purchase.reconciliation-enabled=false",
                "roster.outbox.poll-interval=100ms",
                "roster.outbox.initial-backoff=100ms",
                "roster.outbox.max-backoff=1s"})
@ContextConfiguration(initializers = {OwnDatabaseInitializer.class, OutboxRelayWiringIT.RealBrokerAndOwnExchange.class})
@DirtiesContext
@Guards({Risk.EVENT_LOST_BEFORE_PUBLISH, Risk.CRITICAL_JOURNEY_BROKEN})
class OutboxRelayWiringIT {

    static final String EXCHANGE = "roster.enrollment.test." + UUID.randomUUID();

    @Value("${local.management.port}") int managementPort;
    @Autowired EnrollmentEvents events;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired MeterRegistry meters;

    TestBroker broker;

    @BeforeEach
    void aQueueBoundToTheConfiguredExchange() {
        broker = TestBroker.connect();
        broker.exchangeNamed(EXCHANGE);
    }

    @AfterEach
    void removeTheExchange() {
        broker.close();
    }

    @Test
    void publishesAnEventWrittenThroughThePurchasePortAfterItsCommit() {
        TestQueue queue = broker.bindQueue(EXCHANGE);
        double publishedBefore = meters.get(OutboxRelayRunner.PUBLISHED).counter().count();
        EnrollmentEvent event = new EnrollmentEvent.EnrollmentConfirmed(UUID.randomUUID(),
                Instant.parse("2026-11-21T10:00:00Z"), new EnrollmentId(UUID.randomUUID()), UUID.randomUUID(),
                UUID.randomUUID(), "Distributed Systems", Money.of(90_00, "EUR"));

        transactions.executeWithoutResult(status -> events.record(event));

        Received message = queue.awaitAtLeast(1).getFirst();
        assertThat(message.messageId()).isEqualTo(event.eventId().toString());
        assertThat(message.routingKey()).isEqualTo("enrollment.confirmed");
        await().atMost(Duration.ofSeconds(30)).until(() -> JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single() == 0);
        assertThat(meters.get(OutboxRelayRunner.PUBLISHED).counter().count()).isEqualTo(publishedBefore + 1);
        assertThat(meters.get(OutboxMeters.BACKLOG).gauge().value()).isZero();
    }

    @Test
    @Guards(Risk.OUTBOX_RELAY_STALLED)
    void showsTheBrokerInHealthAndTheRelayInMetrics() {
        RestTestClient http = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + managementPort).build();

        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.rabbit.status").isEqualTo("UP");
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains(
                        "roster_outbox_backlog", "roster_outbox_oldest_age_seconds", "roster_outbox_published_total",
                        "roster_outbox_publish_failures_total{reason=\"returned\"}"));
    }

    /** The test JVM's RabbitMQ, and an exchange no other test uses. */
    static class RealBrokerAndOwnExchange implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(RealRabbitMq.shared().springProperties())
                    .and("roster.outbox.exchange=" + EXCHANGE)
                    .applyTo(context.getEnvironment());
        }
    }
}
