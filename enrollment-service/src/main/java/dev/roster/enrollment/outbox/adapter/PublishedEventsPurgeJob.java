package dev.roster.enrollment.outbox.adapter;

import dev.roster.defaults.retention.RetentionPurge;
import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.platform.RetentionProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.LongConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges published outbox events older than {@code roster.retention.published-outbox-events}, on every
 * instance (off with {@code roster.retention.enabled=false}). Only {@code published_at} decides: an event
 * the relay has not published yet stays however old it is, since deleting it would lose the event for good.
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "roster.retention.enabled", matchIfMissing = true)
class PublishedEventsPurgeJob {

    /** The purged-rows counter; one per table, tagged {@code table}. */
    static final String PURGED = "roster.retention.purged";


    private final RetentionPurge purge;

    PublishedEventsPurgeJob(JdbcClient jdbc, Transactions transactions, Clock clock, RetentionProperties settings,
                            MeterRegistry meters) {
        Counter purged = Counter.builder(PURGED).tag("table", "outbox_event")
                .description("rows deleted by the retention purge").register(meters);
        this.purge = purge(jdbc, transactions, clock, settings, n -> purged.increment(n));
    }

    static RetentionPurge purge(JdbcClient jdbc, Transactions transactions, Clock clock, RetentionProperties settings,
                                LongConsumer purged) {
        return new RetentionPurge("outbox_event", batch(jdbc), settings.publishedOutboxEvents(), settings.batchSize(),
                transactions, clock, purged);
    }

    /** Claims its rows with SKIP LOCKED, so a second instance's batch takes others instead of waiting. */
    static RetentionPurge.Batch batch(JdbcClient jdbc) {
        return (cutoff, limit) -> jdbc.sql("""
                        DELETE FROM outbox_event
                         WHERE id IN (SELECT id FROM outbox_event
                                       WHERE published_at IS NOT NULL AND published_at < :cutoff
                                       ORDER BY published_at
                                       LIMIT :limit
                                         FOR UPDATE SKIP LOCKED)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .update();
    }

    @Scheduled(fixedDelayString = "${roster.retention.interval:1h}",
            initialDelayString = "${roster.retention.interval:1h}")
    void purgePublishedEvents() {
        purge.runScheduled();
    }
}
