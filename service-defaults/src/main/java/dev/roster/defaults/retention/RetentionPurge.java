package dev.roster.defaults.retention;

import dev.roster.defaults.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the rows of one table that are older than a retention, in bounded batches, each batch in a
 * transaction of its own: a purge of a large backlog never holds locks (or a snapshot) for longer than
 * one batch takes, and a failure loses at most the batch in progress. The cutoff comes from the injected
 * {@link Clock}, never the database's {@code now()}, so tests can place rows on either side of it.
 *
 * <p>Safe on several instances at once when the {@link Batch} claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}: two purges then delete disjoint batches. A run stops at the first batch
 * shorter than the limit. Every matching row it skipped was locked by another purge's batch in progress,
 * which deletes it when that batch commits, so the table ends the same however many purges ran.
 */
public final class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** One batch: delete at most {@code limit} rows older than {@code cutoff}, returning how many went. */
    @FunctionalInterface
    public interface Batch {
        int delete(Instant cutoff, int limit);
    }

    private final String table;
    private final Batch batch;
    private final Duration retention;
    private final int batchSize;
    private final Transactions transactions;
    private final Clock clock;
    private final LongConsumer purged;

    /**
     * @param table     what is purged, for the counter and the log
     * @param retention how old a row must be to go; positive
     * @param batchSize rows per batch (and per transaction); at least 1
     * @param purged    told how many rows each committed batch deleted (a counter)
     */
    public RetentionPurge(String table, Batch batch, Duration retention, int batchSize, Transactions transactions,
                          Clock clock, LongConsumer purged) {
        this.table = Objects.requireNonNull(table, "table");
        this.batch = Objects.requireNonNull(batch, "batch");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention of " + table + " must be positive, was " + retention);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the purge batch size must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.purged = Objects.requireNonNull(purged, "purged");
    }

    /** Purges every row older than the retention, as of now; returns how many rows this run deleted. */
    public long run() {
        Instant cutoff = clock.instant().minus(retention);
        long total = 0;
        int deleted;
        do {
            deleted = transactions.inTransaction(() -> batch.delete(cutoff, batchSize));
            // counted per committed batch: when a later batch fails, the rows already gone still count
            purged.accept(deleted);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }

    /**
     * One scheduled run: {@link #run()}, saying in the log what went, and never throwing, because an
     * exception out of a {@code @Scheduled} method would stop its schedule; the next run tries again.
     */
    public void runScheduled() {
        try {
            long deleted = run();
            if (deleted > 0) {
                log.info("Purged {} rows of {} older than {}", deleted, table, retention);
            }
        } catch (RuntimeException e) {
            log.error("Purging {} failed; the next run tries again", table, e);
        }
    }

    public String table() {
        return table;
    }

    public Duration retention() {
        return retention;
    }
}
