package dev.roster.defaults.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.roster.defaults.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetentionPurgeTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final CountingTransactions transactions = new CountingTransactions();
    private final AtomicLong counted = new AtomicLong();

    @Test
    void deletesInBatchesEachInItsOwnTransactionUntilAShortBatch() {
        Rows rows = new Rows(NOW.minus(Duration.ofDays(40)), 7);
        RetentionPurge purge = new RetentionPurge("t", rows, Duration.ofDays(30), 3, transactions, CLOCK, counted::addAndGet);

        assertThat(purge.run()).isEqualTo(7);

        assertThat(rows.batches).containsExactly(3, 3, 1);
        assertThat(transactions.opened).isEqualTo(3);
        assertThat(transactions.openWhileDeleting).isTrue();
        assertThat(counted).hasValue(7);
    }

    @Test
    void asksOneMoreBatchWhenTheLastOneWasFull() {
        Rows rows = new Rows(NOW.minus(Duration.ofDays(40)), 6);
        RetentionPurge purge = new RetentionPurge("t", rows, Duration.ofDays(30), 3, transactions, CLOCK, n -> { });

        assertThat(purge.run()).isEqualTo(6);

        assertThat(rows.batches).containsExactly(3, 3, 0);
    }

    @Test
    void countsTheRowsOfEveryCommittedBatchEvenWhenALaterOneFails() {
        Rows rows = new Rows(NOW.minus(Duration.ofDays(40)), 7);
        RetentionPurge.Batch failingSecond = (cutoff, limit) -> {
            if (rows.batches.size() == 1) {
                throw new IllegalStateException("connection lost");
            }
            return rows.delete(cutoff, limit);
        };
        RetentionPurge purge = new RetentionPurge("t", failingSecond, Duration.ofDays(30), 3, transactions, CLOCK,
                counted::addAndGet);

        assertThatIllegalStateException().isThrownBy(purge::run).withMessage("connection lost");
        assertThat(counted).hasValue(3);
    }

    @Test
    void aScheduledRunThatFailsThrowsNothingSoTheScheduleGoesOnAndTheNextRunPurges() {
        Rows rows = new Rows(NOW.minus(Duration.ofDays(40)), 2);
        AtomicBoolean connectionLost = new AtomicBoolean(true);
        RetentionPurge.Batch failingOnce = (cutoff, limit) -> {
            if (connectionLost.getAndSet(false)) {
                throw new IllegalStateException("connection lost");
            }
            return rows.delete(cutoff, limit);
        };
        RetentionPurge purge = new RetentionPurge("t", failingOnce, Duration.ofDays(30), 3, transactions, CLOCK,
                counted::addAndGet);

        purge.runScheduled();
        assertThat(counted).hasValue(0);
        purge.runScheduled();
        assertThat(counted).hasValue(2);
    }

    @Test
    void takesTheCutoffFromTheInjectedClockMinusTheRetention() {
        Rows rows = new Rows(NOW, 0);
        new RetentionPurge("t", rows, Duration.ofDays(30), 3, transactions, CLOCK, n -> { }).run();

        assertThat(rows.cutoffs).containsExactly(Instant.parse("2026-05-02T12:00:00Z"));
    }

    @Test
    void refusesANonPositiveRetentionOrBatchSize() {
        Rows rows = new Rows(NOW, 0);
        assertThatIllegalArgumentException().isThrownBy(() ->
                        new RetentionPurge("login_failure", rows, Duration.ZERO, 3, transactions, CLOCK, n -> { }))
                .withMessageContaining("login_failure");
        assertThatIllegalArgumentException().isThrownBy(() ->
                        new RetentionPurge("t", rows, Duration.ofDays(1), 0, transactions, CLOCK, n -> { }))
                .withMessageContaining("batch size");
    }

    /** {@code count} rows stamped {@code at}; a batch deletes those before the cutoff, at most {@code limit}. */
    private final class Rows implements RetentionPurge.Batch {
        private final TreeSet<Integer> left = new TreeSet<>();
        private final Instant at;
        final List<Integer> batches = new ArrayList<>();
        final List<Instant> cutoffs = new ArrayList<>();

        Rows(Instant at, int count) {
            this.at = at;
            for (int i = 0; i < count; i++) {
                left.add(i);
            }
        }

        @Override
        public int delete(Instant cutoff, int limit) {
            transactions.openWhileDeleting &= transactions.inside;
            cutoffs.add(cutoff);
            int deleted = 0;
            while (at.isBefore(cutoff) && deleted < limit && !left.isEmpty()) {
                left.pollFirst();
                deleted++;
            }
            batches.add(deleted);
            return deleted;
        }
    }

    private static final class CountingTransactions implements Transactions {
        int opened;
        boolean inside;
        boolean openWhileDeleting = true;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            opened++;
            inside = true;
            try {
                return work.get();
            } finally {
                inside = false;
            }
        }
    }
}
