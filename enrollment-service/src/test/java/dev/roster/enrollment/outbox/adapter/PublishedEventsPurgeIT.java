package dev.roster.enrollment.outbox.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.retention.RetentionPurge;
import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.platform.RetentionProperties;
import dev.roster.enrollment.testsupport.DataSourceTransactions;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The published-events purge on PostgreSQL, on a fixed clock (far behind the wall clock, so a purge that
 * asked the database for {@code now()} would be caught): published events older than the retention go;
 * younger ones stay; an unpublished event stays however old it is.
 */
class PublishedEventsPurgeIT {

    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final int BATCH = 2;

    private DataSource dataSource;
    private JdbcClient jdbc;
    private Transactions transactions;
    private Set<UUID> kept;
    private int oldPublished;

    @BeforeEach
    void someEventsOnEitherSideOfTheCutoff() {
        dataSource = TestDatabase.emptied().dataSource();
        jdbc = JdbcClient.create(dataSource);
        transactions = DataSourceTransactions.on(dataSource);
        Instant cutoff = NOW.minus(RETENTION);
        oldPublished = 7;
        for (int i = 0; i < oldPublished; i++) {
            event(cutoff.minus(Duration.ofDays(30)), cutoff.minusSeconds(1 + i));
        }
        kept = Set.of(
                event(cutoff.minus(Duration.ofDays(30)), null),              // never published, very old
                event(cutoff.minus(Duration.ofDays(1)), null),               // never published
                event(cutoff.minus(Duration.ofDays(30)), cutoff),            // published exactly at the cutoff
                event(cutoff.minus(Duration.ofDays(30)), NOW.minusSeconds(5)), // old, published just now
                event(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1))));
    }

    @Test
    @Guards(Risk.RETENTION_PURGES_LIVE_DATA)
    void purgesPublishedEventsOlderThanTheRetentionAndNothingElse() {
        long purged = purge(PublishedEventsPurgeJob.batch(jdbc)).run();

        assertOnlyTheLiveEventsAreLeft();
        assertThat(purged).isEqualTo(oldPublished);
    }

    @Test
    @Guards(Risk.RETENTION_PURGES_LIVE_DATA)
    void twoInstancesPurgingAtOnceBothFinishAndLeaveTheSameTable() throws Exception {
        CyclicBarrier bothInsideTheirFirstBatch = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = instances.submit(() ->
                    purge(meetingAfterTheFirstBatch(PublishedEventsPurgeJob.batch(jdbc), bothInsideTheirFirstBatch)).run());
            Future<Long> second = instances.submit(() ->
                    purge(meetingAfterTheFirstBatch(PublishedEventsPurgeJob.batch(jdbc), bothInsideTheirFirstBatch)).run());

            long byFirst = first.get(30, TimeUnit.SECONDS);
            long bySecond = second.get(30, TimeUnit.SECONDS);

            assertThat(byFirst).as("each instance deleted its own first batch").isGreaterThanOrEqualTo(BATCH);
            assertThat(bySecond).as("each instance deleted its own first batch").isGreaterThanOrEqualTo(BATCH);
            assertThat(byFirst + bySecond).isEqualTo(oldPublished);
            assertOnlyTheLiveEventsAreLeft();
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    @BrokenVariantProof(Risk.RETENTION_PURGES_LIVE_DATA)
    void wouldCatchAPurgeByAgeThatForgetsThePublishedCondition() {
        RetentionPurge.Batch byAgeOnly = (cutoff, limit) -> jdbc.sql("""
                        DELETE FROM outbox_event
                         WHERE id IN (SELECT id FROM outbox_event WHERE occurred_at < :cutoff
                                       LIMIT :limit FOR UPDATE SKIP LOCKED)""")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit).update();

        purge(byAgeOnly).run();

        assertThatThrownBy(this::assertOnlyTheLiveEventsAreLeft).isInstanceOf(AssertionError.class);
    }

    @Test
    @BrokenVariantProof(Risk.RETENTION_PURGES_LIVE_DATA)
    void wouldCatchAPurgeThatTakesItsCutoffFromTheDatabaseClock() {
        RetentionPurge.Batch byDatabaseNow = (cutoff, limit) -> jdbc.sql("""
                        DELETE FROM outbox_event
                         WHERE id IN (SELECT id FROM outbox_event
                                       WHERE published_at IS NOT NULL AND published_at < now() - interval '7 days'
                                       LIMIT :limit FOR UPDATE SKIP LOCKED)""")
                .param("limit", limit).update();

        purge(byDatabaseNow).run();

        assertThatThrownBy(this::assertOnlyTheLiveEventsAreLeft).isInstanceOf(AssertionError.class);
    }

    private void assertOnlyTheLiveEventsAreLeft() {
        assertThat(jdbc.sql("SELECT id FROM outbox_event").query(UUID.class).set())
                .containsExactlyInAnyOrderElementsOf(kept);
    }

    private RetentionPurge purge(RetentionPurge.Batch batch) {
        RetentionProperties settings = new RetentionProperties(true, Duration.ofHours(1), BATCH, RETENTION,
                Duration.ofDays(1));
        return new RetentionPurge("outbox_event", batch, settings.publishedOutboxEvents(), settings.batchSize(),
                transactions, Clock.fixed(NOW, ZoneOffset.UTC), n -> { });
    }

    /** The real batch, holding its transaction (and its row locks) open until the other instance is in its own. */
    private static RetentionPurge.Batch meetingAfterTheFirstBatch(RetentionPurge.Batch batch, CyclicBarrier barrier) {
        AtomicBoolean first = new AtomicBoolean(true);
        return (cutoff, limit) -> {
            int deleted = batch.delete(cutoff, limit);
            if (first.getAndSet(false)) {
                try {
                    barrier.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other instance never reached its first batch", e);
                }
            }
            return deleted;
        };
    }

    private UUID event(Instant occurredAt, Instant publishedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO outbox_event (id, aggregate_id, type, schema_version, occurred_at, payload, published_at)
                        VALUES (:id, :aggregate, 'EnrollmentConfirmed', 1, :occurred, '{}'::jsonb, :published)""")
                .param("id", id).param("aggregate", UUID.randomUUID())
                .param("occurred", Timestamp.from(occurredAt))
                .param("published", publishedAt == null ? null : Timestamp.from(publishedAt))
                .update();
        return id;
    }
}
