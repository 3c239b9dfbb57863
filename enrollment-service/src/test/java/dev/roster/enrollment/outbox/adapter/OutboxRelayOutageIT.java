package dev.roster.enrollment.outbox.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roster.enrollment.outbox.adapter.TestBroker.TestQueue;
import dev.roster.enrollment.outbox.application.FailureReason;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The relay when the broker cannot take the events: unreachable, or reachable with no queue bound.
 * Events wait in the outbox, the relay backs off instead of spinning, nothing escapes it, and the
 * backlog drains once the broker (or the queue) is there.
 */
@Guards({Risk.EVENT_LOST_BEFORE_PUBLISH, Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY, Risk.OUTBOX_RELAY_STALLED})
class OutboxRelayOutageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RelayFixture fixture;
    private String exchange;
    private SimpleMeterRegistry meters;

    @BeforeEach
    void anEmptyOutboxAndAnExchangeOfItsOwn() {
        fixture = RelayFixture.onAnEmptiedDatabase();
        exchange = fixture.broker.uniqueExchange();
        meters = new SimpleMeterRegistry();
        // a minute after the first event occurred
        new OutboxMeters(fixture.outbox, Clock.fixed(RelayFixture.T0.plusSeconds(60), ZoneOffset.UTC)).bindTo(meters);
    }

    @AfterEach
    void stopRelaysAndRemoveTheExchange() {
        fixture.close();
    }

    @Test
    void keepsEventsWhileTheBrokerIsUnreachableAndDrainsThemOnceItIsBack() {
        TestQueue queue = fixture.broker.bindQueue(exchange);
        List<UUID> events = fixture.writeCommitted(5);
        CachingConnectionFactory connection = fixture.broker.relayConnectionFactory(TestBroker.closedPort());
        OutboxRelayRunner relay = fixture.relay(fixture.outbox, fixture.publisher(connection, exchange), 100, meters);

        relay.start();
        await().atMost(PATIENCE).until(() -> failures(FailureReason.BROKER_ERROR) >= 4);

        assertThat(relay.isRunning()).as("no failure stops the relay").isTrue();
        assertThat(backlog()).isEqualTo(5);
        assertThat(meters.get(OutboxMeters.OLDEST_AGE).gauge().value()).as("seconds the oldest event waits").isEqualTo(60.0);
        assertThat(published()).isZero();
        assertThat(relay.lastRun().nextRunIn()).as("backing off, at most 400 ms in this test")
                .isGreaterThan(RelayFixture.FAST_BACKOFF.initial());

        // the broker is back where the relay looks for it
        connection.setPort(fixture.broker.port());

        await().atMost(PATIENCE).until(() -> backlog() == 0);
        assertThat(new HashSet<>(queue.awaitAtLeast(5).stream().map(TestBroker.Received::messageId).toList()))
                .containsExactlyInAnyOrderElementsOf(events.stream().map(UUID::toString).toList());
        assertThat(published()).isEqualTo(5);
        assertThat(meters.get(OutboxMeters.OLDEST_AGE).gauge().value()).isZero();
        await().atMost(PATIENCE).until(() -> !relay.lastRun().failed());
        assertThat(relay.lastRun().consecutiveFailures()).isZero();
    }

    /**
     * With no queue bound (notification-service not deployed yet), a mandatory publish comes back
     * from the broker. That is a failure: the event stays in the outbox instead of being dropped, the
     * relay backs off to its longest wait, and the event is delivered once the queue is bound.
     */
    @Test
    void keepsAnUnroutableEventUntilAQueueIsBound() {
        List<UUID> events = fixture.writeCommitted(3);
        OutboxRelayRunner relay = fixture.relay(fixture.outbox,
                fixture.publisher(fixture.broker.relayConnectionFactory(), exchange), 100, meters);

        relay.start();
        await().atMost(PATIENCE).until(() -> failures(FailureReason.RETURNED) >= 4);

        assertThat(backlog()).isEqualTo(3);
        assertThat(published()).isZero();
        assertThat(relay.lastRun().nextRunIn()).as("the fourth failure in a row waits the longest")
                .isEqualTo(RelayFixture.FAST_BACKOFF.max());

        TestQueue queue = fixture.broker.bindQueue(exchange);

        await().atMost(PATIENCE).until(() -> backlog() == 0);
        assertThat(queue.awaitAtLeast(3)).extracting(TestBroker.Received::messageId)
                .as("each exactly once: the returned attempts reached no queue")
                .containsExactlyElementsOf(events.stream().map(UUID::toString).toList());
    }

    private double failures(FailureReason reason) {
        return meters.get(OutboxRelayRunner.FAILURES).tag("reason", reason.tag()).counter().count();
    }

    private double published() {
        return meters.get(OutboxRelayRunner.PUBLISHED).counter().count();
    }

    private double backlog() {
        return meters.get(OutboxMeters.BACKLOG).gauge().value();
    }
}
