package dev.roster.enrollment.outbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.purchase.application.RollingBackTransactions;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import dev.roster.enrollment.outbox.domain.RelayBackoff;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Guards(Risk.EVENT_LOST_BEFORE_PUBLISH)
class OutboxRelayServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final RelayBackoff BACKOFF = new RelayBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ScriptedPublisher publisher = new ScriptedPublisher();

    @Test
    void publishesWaitingEventsOldestFirstAndMarksThemPublished() {
        List<UUID> events = eventsOccurringInOrder(3);
        // added newest first: the order comes from occurredAt, not from insertion
        events.reversed().forEach(id -> outbox.add(event(id, events.indexOf(id))));

        RelayRun run = relay(10).runOnce();

        assertThat(publisher.attempted()).containsExactlyElementsOf(events);
        assertThat(outbox.published()).containsExactlyInAnyOrderElementsOf(events);
        assertThat(run.published()).isEqualTo(3);
        assertThat(run.failed()).isFalse();
    }

    @Test
    void stopsAtTheFirstFailureAndMarksOnlyTheEventsConfirmedBeforeIt() {
        List<UUID> events = addEvents(5);
        publisher.failing(events.get(2), FailureReason.NACKED);

        RelayRun run = relay(10).runOnce();

        assertThat(publisher.attempted()).as("nothing after the failed event is tried")
                .containsExactlyElementsOf(events.subList(0, 3));
        assertThat(outbox.published()).containsExactlyElementsOf(events.subList(0, 2));
        assertThat(outbox.unpublishedIds()).containsExactlyElementsOf(events.subList(2, 5));
        assertThat(run.published()).isEqualTo(2);
        assertThat(run.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.reason()).isEqualTo(FailureReason.NACKED);
            assertThat(failure.eventId()).contains(events.get(2));
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FailureReason.class, names = {"NACKED", "RETURNED", "TIMED_OUT", "BROKER_ERROR", "UNKNOWN_TYPE"})
    void leavesAnEventThatWasNotConfirmedInTheOutbox(FailureReason reason) {
        List<UUID> events = addEvents(1);
        publisher.failing(events.getFirst(), reason);

        RelayRun run = relay(10).runOnce();

        assertThat(outbox.unpublishedIds()).containsExactlyElementsOf(events);
        assertThat(run.failure()).map(RelayRun.Failure::reason).contains(reason);
    }

    @Test
    @Guards(Risk.OUTBOX_RELAY_STALLED)
    void treatsAPublisherThatThrowsAsABrokerFailure() {
        List<UUID> events = addEvents(2);
        publisher.throwing(events.get(1), new IllegalStateException("channel closed"));

        RelayRun run = relay(10).runOnce();

        assertThat(outbox.published()).containsExactly(events.getFirst());
        assertThat(run.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.reason()).isEqualTo(FailureReason.BROKER_ERROR);
            assertThat(failure.detail()).contains("channel closed");
        });
    }

    @Test
    @Guards(Risk.OUTBOX_RELAY_STALLED)
    void marksNothingAndThrowsNothingWhenTheOutboxCannotCommit() {
        List<UUID> events = addEvents(3);
        outbox.failNextCommitWith(new IllegalStateException("connection lost"));

        RelayRun run = relay(10).runOnce();

        assertThat(publisher.confirmed()).as("the broker has them: they will be duplicates").hasSize(3);
        assertThat(outbox.unpublishedIds()).containsExactlyElementsOf(events);
        assertThat(run.published()).isZero();
        assertThat(run.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.reason()).isEqualTo(FailureReason.OUTBOX_ERROR);
            assertThat(failure.eventId()).isEmpty();
        });

        RelayRun again = relay(10).runOnce();

        assertThat(again.published()).isEqualTo(3);
        assertThat(outbox.unpublishedIds()).isEmpty();
    }

    @Test
    @Guards(Risk.OUTBOX_RELAY_STALLED)
    void takesAtMostOneBatchPerRunAndStartsTheNextAtOnceAfterAFullOne() {
        addEvents(5);
        OutboxRelayService relay = relay(2);

        List<RelayRun> runs = IntStream.range(0, 4).mapToObj(i -> relay.runOnce()).toList();

        assertThat(runs).extracting(RelayRun::published).containsExactly(2, 2, 1, 0);
        assertThat(runs).extracting(RelayRun::nextRunIn).containsExactly(Duration.ZERO, Duration.ZERO, POLL, POLL);
    }

    @Test
    @Guards(Risk.OUTBOX_RELAY_STALLED)
    void backsOffExponentiallyWhileTheBrokerIsDownAndNeverThrows() {
        addEvents(1);
        publisher.down(FailureReason.BROKER_ERROR);
        OutboxRelayService relay = relay(10);

        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            waits.add(relay.runOnce().nextRunIn().toMillis());
        }

        assertThat(waits).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L);
        assertThat(outbox.backlog().events()).isEqualTo(1);
    }

    @Test
    @Guards(Risk.OUTBOX_RELAY_STALLED)
    void startsTheBackoffAgainAfterASuccess() {
        List<UUID> events = addEvents(2);
        publisher.down(FailureReason.RETURNED);
        OutboxRelayService relay = relay(10);
        relay.runOnce();
        relay.runOnce();
        RelayRun third = relay.runOnce();
        assertThat(third.consecutiveFailures()).isEqualTo(3);
        assertThat(third.nextRunIn()).isEqualTo(Duration.ofSeconds(2));

        publisher.recover();
        RelayRun recovered = relay.runOnce();
        assertThat(recovered.failed()).isFalse();
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.nextRunIn()).isEqualTo(POLL);
        assertThat(outbox.published()).containsExactlyElementsOf(events);

        outbox.add(event(UUID.randomUUID(), 99));
        publisher.down(FailureReason.RETURNED);
        assertThat(relay.runOnce().nextRunIn()).as("back to the initial wait").isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void waitsThePollIntervalWhenNothingWaits() {
        RelayRun run = relay(10).runOnce();

        assertThat(run).isEqualTo(new RelayRun(0, Optional.empty(), 0, POLL));
        assertThat(publisher.attempted()).isEmpty();
    }

    private OutboxRelayService relay(int batchSize) {
        return new OutboxRelayService(outbox, new RollingBackTransactions(outbox), publisher, batchSize, POLL, BACKOFF);
    }

    private List<UUID> addEvents(int count) {
        List<UUID> ids = eventsOccurringInOrder(count);
        for (int i = 0; i < count; i++) {
            outbox.add(event(ids.get(i), i));
        }
        return ids;
    }

    private static List<UUID> eventsOccurringInOrder(int count) {
        return IntStream.range(0, count).mapToObj(i -> new UUID(0x0190_0000_0000_7000L, i + 1)).toList();
    }

    private static OutboxEvent event(UUID id, int second) {
        return new OutboxEvent(id, "EnrollmentConfirmed", 1, T0.plusSeconds(second), "{\"eventId\":\"" + id + "\"}");
    }
}
