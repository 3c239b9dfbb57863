package dev.roster.enrollment.outbox.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roster.enrollment.outbox.adapter.TestBroker.Received;
import dev.roster.enrollment.outbox.adapter.TestBroker.TestQueue;
import dev.roster.enrollment.outbox.application.EventPublisher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit that wrote events wakes the relay, against the real PostgreSQL and RabbitMQ. The relays here poll once an
 * hour, so an event that arrives at all within the test was published because its commit woke the relay.
 */
class OutboxRelayWakeUpIT {

    private static final Duration AN_HOUR = Duration.ofHours(1);
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
    void publishesAnEventRightAfterItsCommitInsteadOfAtTheNextPoll() {
        TestQueue queue = fixture.broker.bindQueue(exchange);
        OutboxRelayRunner relay = fixture.relay(fixture.outbox, publisher(), 100, new SimpleMeterRegistry(), AN_HOUR);
        relay.start();
        await().atMost(PATIENCE).until(() -> relay.lastRun() != null);

        List<UUID> committed = fixture.writeCommitted(1);

        assertThat(queue.awaitAtLeast(1)).extracting(Received::messageId)
                .containsExactly(committed.getFirst().toString());
        await().atMost(PATIENCE).until(() -> fixture.unpublished() == 0);
    }

    /**
     * The run in progress claimed before the second commit, so it cannot publish that event; the wake that
     * commit sent must make the next run start at once rather than an hour later.
     */
    @Test
    void runsAgainAtOnceForAnEventCommittedWhileARunWasPublishing() throws Exception {
        TestQueue queue = fixture.broker.bindQueue(exchange);
        CountDownLatch firstPublishStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstPublish = new CountDownLatch(1);
        EventPublisher delegate = publisher();
        AtomicInteger publishes = new AtomicInteger();
        EventPublisher heldOnce = event -> {
            if (publishes.incrementAndGet() == 1) {
                firstPublishStarted.countDown();
                try {
                    releaseFirstPublish.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return delegate.publish(event);
        };
        OutboxRelayRunner relay = fixture.relay(fixture.outbox, heldOnce, 100, new SimpleMeterRegistry(), AN_HOUR);
        relay.start();
        await().atMost(PATIENCE).until(() -> relay.lastRun() != null);

        List<UUID> first = fixture.writeCommitted(1);
        assertThat(firstPublishStarted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the first run publishes").isTrue();
        List<UUID> second = fixture.writeCommitted(1);
        releaseFirstPublish.countDown();

        assertThat(queue.awaitAtLeast(2)).extracting(Received::messageId)
                .containsExactly(first.getFirst().toString(), second.getFirst().toString());
        await().atMost(PATIENCE).until(() -> fixture.unpublished() == 0);
    }

    @Test
    void signalsAfterTheCommitOnlyAndNotAfterARollback() {
        AtomicInteger signals = new AtomicInteger();
        fixture.signal.subscribe(signals::incrementAndGet);

        fixture.transactions.executeWithoutResult(status -> {
            fixture.events.record(fixture.confirmed());
            assertThat(signals).as("not before the commit: the relay would not see the event yet").hasValue(0);
        });
        assertThat(signals).as("after the commit").hasValue(1);

        assertThatThrownBy(() -> fixture.transactions.executeWithoutResult(status -> {
            fixture.events.record(fixture.confirmed());
            throw new IllegalStateException("the purchase failed after writing its event");
        })).hasMessageContaining("purchase failed");
        assertThat(signals).as("a rolled-back event has nothing to publish").hasValue(1);
    }

    private AmqpEventPublisher publisher() {
        return fixture.publisher(fixture.broker.relayConnectionFactory(), exchange);
    }
}
