package dev.roster.enrollment.outbox.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roster.enrollment.outbox.adapter.TestBroker.Received;
import dev.roster.enrollment.outbox.adapter.TestBroker.TestQueue;
import dev.roster.enrollment.outbox.application.EventPublisher;
import dev.roster.enrollment.outbox.application.Outbox;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay against the real PostgreSQL and the real RabbitMQ: what reaches the consumer's queue,
 * and when. Each test has its own exchange and queue.
 */
class OutboxRelayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RelayFixture fixture;
    private String exchange;

    @BeforeEach
    void anEmptyOutboxAndAnExchangeOfItsOwn() {
        fixture = RelayFixture.onAnEmptiedDatabase();
        exchange = fixture.broker.uniqueExchange();
    }

    @AfterEach
    void stopRelaysAndRemoveTheExchange() {
        fixture.close();
    }

    @Test
    @Guards(Risk.EVENT_LOST_BEFORE_PUBLISH)
    void publishesAnEventOnlyOnceItsTransactionCommittedWithTheAgreedMessageProperties() {
        TestQueue queue = fixture.broker.bindQueue(exchange);
        ObservedOutbox outbox = ObservedOutbox.watching(fixture.outbox);
        OutboxRelayRunner relay = fixture.relay(outbox, publisher(), 100, new SimpleMeterRegistry());
        relay.start();
        EnrollmentEvent confirmed = fixture.confirmed();
        EnrollmentEvent cancelled = fixture.cancelled();

        fixture.transactions.executeWithoutResult(status -> {
            fixture.events.record(confirmed);
            fixture.events.record(cancelled);
            int runsBefore = outbox.runs();
            await().atMost(PATIENCE).until(() -> outbox.runs() >= runsBefore + 2);
            assertThat(queue.received()).as("nothing is published before the commit").isEmpty();
        });

        List<Received> messages = queue.awaitAtLeast(2);
        assertThat(messages).hasSize(2);
        Map<String, Received> byId = messages.stream().collect(Collectors.toMap(Received::messageId, m -> m));
        assertMessage(byId.get(confirmed.eventId().toString()), confirmed, "enrollment.confirmed");
        assertMessage(byId.get(cancelled.eventId().toString()), cancelled, "enrollment.cancelled");
        await().atMost(PATIENCE).until(() -> fixture.unpublished() == 0);
        assertThat(fixture.jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @Guards(Risk.EVENT_LOST_BEFORE_PUBLISH)
    void publishesNothingForAnEventWhoseTransactionRolledBack() {
        TestQueue queue = fixture.broker.bindQueue(exchange);
        EnrollmentEvent rolledBack = fixture.confirmed();

        assertThatThrownBy(() -> fixture.transactions.executeWithoutResult(status -> {
            fixture.events.record(rolledBack);
            throw new IllegalStateException("the purchase failed after writing its event");
        })).hasMessageContaining("purchase failed");
        assertThat(fixture.rows()).as("the event went with its transaction").isZero();

        // the relay works: an event committed after the rolled-back one arrives, and it alone
        List<UUID> committed = fixture.writeCommitted(1);
        fixture.relay(fixture.outbox, publisher(), 100, new SimpleMeterRegistry()).start();
        queue.awaitAtLeast(1);
        await().atMost(PATIENCE).until(() -> fixture.unpublished() == 0);
        assertThat(queue.messageIds()).containsExactly(committed.getFirst().toString());
    }

    /**
     * A relay publishes one batch and commits; on its next batch the broker confirms every message,
     * then the instance "dies" before the commit; it is stopped, and a new relay takes over. Every
     * event arrives at least once; the batch whose commit was lost arrives twice (the duplicate window
     * consumers dedupe), and in the end every event is marked published.
     */
    @Test
    @Guards(Risk.EVENT_LOST_BEFORE_PUBLISH)
    void losesNoEventWhenARelayDiesAfterTheConfirmAndAnotherTakesOver() {
        TestQueue queue = fixture.broker.bindQueue(exchange);
        List<UUID> events = fixture.writeCommitted(30);
        ObservedOutbox dying = ObservedOutbox.crashingAfterTheFirstRun(fixture.outbox);
        OutboxRelayRunner first = fixture.relay(dying, publisher(), 10, new SimpleMeterRegistry());

        first.start();
        await().atMost(PATIENCE).until(dying::crashed);
        first.stop();
        assertThat(fixture.unpublished()).as("only the first batch was committed").isEqualTo(20);

        fixture.relay(fixture.outbox, publisher(), 10, new SimpleMeterRegistry()).start();
        await().atMost(PATIENCE).until(() -> fixture.unpublished() == 0);

        List<String> ids = queue.awaitAtLeast(40).stream().map(Received::messageId).toList();
        assertThat(new HashSet<>(ids)).as("every event, at least once")
                .containsExactlyInAnyOrderElementsOf(events.stream().map(UUID::toString).toList());
        assertThat(events.subList(10, 20)).as("the batch whose commit was lost, published twice")
                .allSatisfy(id -> assertThat(ids.stream().filter(id.toString()::equals).count()).isGreaterThanOrEqualTo(2));
    }

    @Test
    @Guards(Risk.EVENT_LOST_BEFORE_PUBLISH)
    void twoRelaysRunningAtOnceNeverPublishOneEventTwice() {
        Outcome outcome = twoRelaysAtOnce(fixture.outbox, 200);

        assertThat(outcome.messageIds()).hasSize(200);
        assertThat(new HashSet<>(outcome.messageIds())).hasSize(200)
                .containsExactlyInAnyOrderElementsOf(outcome.events().stream().map(UUID::toString).toList());
        assertThat(outcome.publishedByEach()).as("both relays took part").allSatisfy(count -> assertThat(count).isPositive());
    }

    /**
     * The test above can fail: the same scenario over an outbox that claims without {@code FOR UPDATE
     * SKIP LOCKED} publishes events twice. Both relays claim their first batch before either commits
     * (they meet at a barrier), so this happens on every run.
     */
    @Test
    @BrokenVariantProof(Risk.EVENT_LOST_BEFORE_PUBLISH)
    void twoRelaysOverAnOutboxWithoutRowLocksPublishEventsTwice() {
        Outcome outcome = twoRelaysAtOnce(new UnlockedOutbox(fixture.jdbc, RelayFixture.CLOCK), 200);

        assertThat(new HashSet<>(outcome.messageIds())).hasSize(200);
        assertThat(outcome.messageIds().size()).as("messages for 200 events").isGreaterThanOrEqualTo(220);
    }

    private Outcome twoRelaysAtOnce(Outbox outbox, int count) {
        TestQueue queue = fixture.broker.bindQueue(exchange);
        List<UUID> events = fixture.writeCommitted(count);
        CyclicBarrier bothInABatch = new CyclicBarrier(2);
        SimpleMeterRegistry firstMeters = new SimpleMeterRegistry();
        SimpleMeterRegistry secondMeters = new SimpleMeterRegistry();
        OutboxRelayRunner first = fixture.relay(outbox, meetingAt(bothInABatch, publisher()), 20, firstMeters);
        OutboxRelayRunner second = fixture.relay(outbox, meetingAt(bothInABatch, publisher()), 20, secondMeters);

        first.start();
        second.start();
        await().atMost(PATIENCE).until(() -> fixture.unpublished() == 0);
        first.stop();
        second.stop();

        List<String> ids = queue.awaitAtLeast(count).stream().map(Received::messageId).toList();
        return new Outcome(events, ids, List.of(published(firstMeters), published(secondMeters)));
    }

    private record Outcome(List<UUID> events, List<String> messageIds, List<Double> publishedByEach) {
    }

    private static double published(SimpleMeterRegistry meters) {
        return meters.get(OutboxRelayRunner.PUBLISHED).counter().count();
    }

    /** Holds the first publish of each relay until both have claimed a batch (or 10 s passed). */
    private static EventPublisher meetingAt(CyclicBarrier barrier, EventPublisher delegate) {
        AtomicBoolean met = new AtomicBoolean();
        return event -> {
            if (met.compareAndSet(false, true)) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // the other relay never got a batch: go on alone; the assertions will tell
                }
            }
            return delegate.publish(event);
        };
    }

    private AmqpEventPublisher publisher() {
        return fixture.publisher(fixture.broker.relayConnectionFactory(), exchange);
    }

    private void assertMessage(Received message, EnrollmentEvent event, String routingKey) {
        assertThat(message).as("message of %s", event.type()).isNotNull();
        assertThat(message.routingKey()).isEqualTo(routingKey);
        assertThat(message.properties().getContentType()).isEqualTo("application/json");
        assertThat(message.properties().getDeliveryMode()).as("persistent").isEqualTo(2);
        assertThat(message.properties().getMessageId()).isEqualTo(event.eventId().toString());
        assertThat(message.properties().getType()).isEqualTo(event.type());
        assertThat(message.properties().getTimestamp())
                .isEqualTo(Date.from(event.occurredAt().truncatedTo(ChronoUnit.SECONDS)));
        assertThat(message.properties().getHeaders()).containsEntry("schema-version", 1);
        String stored = fixture.jdbc.sql("SELECT payload::text FROM outbox_event WHERE id = :id")
                .param("id", event.eventId()).query(String.class).single();
        assertThat(message.body()).as("the payload exactly as stored").isEqualTo(stored);
        JsonNode body = JsonMapper.builder().build().readTree(message.body());
        assertThat(body.get("eventId").asString()).isEqualTo(event.eventId().toString());
        assertThat(body.get("type").asString()).isEqualTo(event.type());
        assertThat(body.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(body.get("occurredAt").asString()).isEqualTo(event.occurredAt().toString());
        assertThat(body.get("enrollmentId").asString()).isEqualTo(event.enrollmentId().toString());
        assertThat(body.get("courseTitle").asString()).isEqualTo("Distributed Systems");
        assertThat(body.get("amount").asString()).isEqualTo("90.00");
        assertThat(body.get("currency").asString()).isEqualTo("EUR");
    }
}
