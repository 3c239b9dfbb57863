package dev.roster.enrollment.outbox.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.outbox.application.RelayRun.Failure;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import dev.roster.enrollment.outbox.domain.RelayBackoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves committed events from the outbox to the broker, one batch per run.
 *
 * <p>A run, in one database transaction: claim up to {@code batchSize} of the oldest unpublished
 * events (rows other relays hold are skipped, so several instances never publish the same event in
 * the normal path); publish them in order ({@link EventPublisher#publishAll}: the broker's confirms are
 * awaited together); take the confirmed ones up to the first event that is not confirmed (nacked,
 * returned as unroutable, no confirm in time, broker unreachable); mark exactly those published;
 * commit. The failed event and the rest of the batch stay in the outbox for a later run (those of
 * the rest the broker took are published again: duplicates, as below). A run never throws.
 *
 * <p>Pacing: after a full batch the next run starts at once (more are probably waiting); after a
 * smaller one it waits {@code pollInterval}; after a failure it waits the {@link RelayBackoff} for
 * the number of failed runs in a row, so an absent broker costs one attempt per backoff period and
 * nothing else. Purchases never wait for the relay: their events simply wait in the outbox.
 *
 * <h2>Guarantee: at least once</h2>
 * An event is marked published only after the broker confirmed it, in the transaction that claimed
 * it, so a committed event is never lost: a relay that dies, a broker that is down, a connection that
 * breaks all leave it unpublished, and a later run publishes it. The converse does not hold. If the
 * relay's instance dies, or the commit fails, <em>after</em> the broker confirmed a message but
 * <em>before</em> the transaction that marks it committed, the row is still unpublished and the
 * event is published again by a later run: a duplicate with the same message id. No outbox can close
 * that window without a distributed transaction; consumers close it instead by deduplicating on the
 * event id. Ordering is by {@code occurred_at} within a batch; across batches of several relays and
 * across retries it is not guaranteed, and consumers must not rely on it.
 *
 * <p>Not thread-safe in the sense of parallel runs: one relay runs one batch at a time ({@link
 * #runOnce} is synchronized). Run several relays (instances) for parallelism.
 */
public final class OutboxRelayService {

    private final Outbox outbox;
    private final Transactions transactions;
    private final EventPublisher publisher;
    private final int batchSize;
    private final Duration pollInterval;
    private final RelayBackoff backoff;

    private int consecutiveFailures;

    public OutboxRelayService(Outbox outbox, Transactions transactions, EventPublisher publisher, int batchSize,
                              Duration pollInterval, RelayBackoff backoff) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("pollInterval must not be negative, was " + pollInterval);
        }
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /** One run: a batch claimed, published up to the first failure, the confirmed ones marked. */
    public synchronized RelayRun runOnce() {
        Batch batch = new Batch();
        int published;
        Optional<Failure> failure;
        try {
            published = transactions.inTransaction(() -> relayOldest(batch));
            failure = Optional.ofNullable(batch.failure);
        } catch (RuntimeException e) {
            // Nothing was marked. Events the broker confirmed in this run will be published again:
            // the duplicate window described above.
            published = 0;
            failure = Optional.of(new Failure(FailureReason.OUTBOX_ERROR, describe(e), Optional.empty()));
        }
        if (failure.isPresent()) {
            consecutiveFailures++;
            return new RelayRun(published, failure, consecutiveFailures, backoff.delayAfter(consecutiveFailures));
        }
        consecutiveFailures = 0;
        Duration next = batch.claimed >= batchSize ? Duration.ZERO : pollInterval;
        return new RelayRun(published, Optional.empty(), 0, next);
    }

    /** The run's unit of work: claimed, published and marked in one transaction, so the claims hold throughout. */
    private int relayOldest(Batch batch) {
        List<OutboxEvent> claimed = outbox.claimOldest(batchSize);
        if (claimed.isEmpty()) {
            return 0;
        }
        return outbox.markPublished(batch.publishInOrder(claimed));
    }

    private final class Batch {

        private int claimed;
        private Failure failure;

        List<UUID> publishInOrder(List<OutboxEvent> events) {
            claimed = events.size();
            List<UUID> confirmed = new ArrayList<>(events.size());
            List<PublishResult> results;
            try {
                results = publisher.publishAll(events);
            } catch (RuntimeException e) {
                results = List.of(PublishResult.failed(FailureReason.BROKER_ERROR, describe(e)));
            }
            for (int i = 0; i < events.size() && i < results.size(); i++) {
                if (results.get(i) instanceof PublishResult.Failed(FailureReason reason, String detail)) {
                    failure = new Failure(reason, detail, Optional.of(events.get(i).id()));
                    break;
                }
                confirmed.add(events.get(i).id());
            }
            if (failure == null && results.size() < events.size()) {
                failure = new Failure(FailureReason.BROKER_ERROR, "the publisher reported " + results.size() + " of "
                        + events.size() + " events", Optional.of(events.get(results.size()).id()));
            }
            return confirmed;
        }
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
