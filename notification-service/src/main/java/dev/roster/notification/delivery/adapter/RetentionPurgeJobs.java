package dev.roster.notification.delivery.adapter;

import dev.roster.defaults.retention.RetentionPurge;
import dev.roster.defaults.transactions.Transactions;
import dev.roster.notification.platform.RetentionProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges sent emails older than {@code roster.notification.retention.sent-emails}, then processed messages
 * older than {@code roster.notification.retention.processed-messages} whose email (if any) is gone, on every
 * instance (off with {@code roster.notification.retention.enabled=false}). Sent emails go first: a processed
 * message is referenced by its email, and a message purged while its email is kept would break that reference.
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "roster.notification.retention.enabled", matchIfMissing = true)
class RetentionPurgeJobs {

    /** The purged-rows counter; one per table, tagged {@code table}. */
    static final String PURGED = "roster.retention.purged";


    private final List<RetentionPurge> purges;

    RetentionPurgeJobs(JdbcClient jdbc, Transactions transactions, Clock clock, RetentionProperties settings,
                       MeterRegistry meters) {
        this.purges = purges(jdbc, transactions, clock, settings,
                counter(meters, "sent_email"), counter(meters, "processed_message"));
    }

    /** The two purges in the order they must run. */
    static List<RetentionPurge> purges(JdbcClient jdbc, Transactions transactions, Clock clock,
                                       RetentionProperties settings, LongConsumer sentPurged,
                                       LongConsumer processedPurged) {
        return List.of(
                new RetentionPurge("sent_email", sentEmails(jdbc), settings.sentEmails(), settings.batchSize(),
                        transactions, clock, sentPurged),
                new RetentionPurge("processed_message", processedMessages(jdbc), settings.processedMessages(),
                        settings.batchSize(), transactions, clock, processedPurged));
    }

    static RetentionPurge.Batch sentEmails(JdbcClient jdbc) {
        return (cutoff, limit) -> jdbc.sql("""
                        DELETE FROM sent_email
                         WHERE event_id IN (SELECT event_id FROM sent_email
                                             WHERE sent_at < :cutoff
                                             ORDER BY sent_at
                                             LIMIT :limit
                                               FOR UPDATE SKIP LOCKED)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .update();
    }

    static RetentionPurge.Batch processedMessages(JdbcClient jdbc) {
        return (cutoff, limit) -> jdbc.sql("""
                        DELETE FROM processed_message
                         WHERE event_id IN (SELECT m.event_id FROM processed_message m
                                             WHERE m.processed_at < :cutoff
                                               AND NOT EXISTS (SELECT 1 FROM sent_email s WHERE s.event_id = m.event_id)
                                             ORDER BY m.processed_at
                                             LIMIT :limit
                                               FOR UPDATE OF m SKIP LOCKED)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .update();
    }

    private static LongConsumer counter(MeterRegistry meters, String table) {
        Counter counter = Counter.builder(PURGED).tag("table", table)
                .description("rows deleted by the retention purge").register(meters);
        return n -> counter.increment(n);
    }

    @Scheduled(fixedDelayString = "${roster.notification.retention.interval:1h}",
            initialDelayString = "${roster.notification.retention.interval:1h}")
    void purge() {
        // in this order: a processed message goes only once its sent email has
        purges.forEach(RetentionPurge::runScheduled);
    }
}
