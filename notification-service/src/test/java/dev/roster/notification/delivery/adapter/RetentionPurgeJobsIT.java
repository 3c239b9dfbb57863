package dev.roster.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.defaults.retention.RetentionPurge;
import dev.roster.defaults.transactions.SpringTransactions;
import dev.roster.notification.platform.RetentionProperties;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sent-email and processed-message purges on PostgreSQL, on a fixed clock: what is older than its
 * retention goes, what is younger stays, and a processed message stays while its email is kept.
 */
@Guards(Risk.RETENTION_PURGES_LIVE_DATA)
class RetentionPurgeJobsIT {

    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    private static final Duration PROCESSED = Duration.ofDays(30);
    private static final Duration SENT = Duration.ofDays(10);

    private final RealPostgres.Database database = RealPostgres.shared().database().migrate("classpath:db/migration");
    private final JdbcClient jdbc = JdbcClient.create(database.dataSource());
    private final TransactionTemplate template =
            new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));

    @BeforeEach
    void emptyTables() {
        database.truncateAllTables();
    }

    @Test
    void purgesProcessedMessagesAndSentEmailsOlderThanTheirRetentions() {
        UUID oldWithoutEmail = processed(NOW.minus(PROCESSED).minusSeconds(1));
        UUID oldWithOldEmail = processed(NOW.minus(PROCESSED).minusSeconds(1));
        sent(oldWithOldEmail, NOW.minus(PROCESSED).minusSeconds(1));
        UUID young = processed(NOW.minus(PROCESSED));
        UUID youngWithOldEmail = processed(NOW.minus(Duration.ofDays(20)));
        sent(youngWithOldEmail, NOW.minus(Duration.ofDays(20)));
        UUID recent = processed(NOW.minus(Duration.ofDays(1)));
        sent(recent, NOW.minus(Duration.ofDays(1)));

        runPurges(PROCESSED, SENT);

        assertThat(ids("SELECT event_id FROM processed_message"))
                .containsExactlyInAnyOrder(young, youngWithOldEmail, recent)
                .doesNotContain(oldWithoutEmail, oldWithOldEmail);
        assertThat(ids("SELECT event_id FROM sent_email")).containsExactly(recent);
    }

    @Test
    void keepsAProcessedMessageWhileItsEmailIsKept() {
        UUID event = processed(NOW.minus(Duration.ofDays(5)));
        sent(event, NOW.minus(Duration.ofDays(5)));

        runPurges(Duration.ofDays(1), Duration.ofDays(30));

        assertThat(ids("SELECT event_id FROM processed_message")).containsExactly(event);
        assertThat(ids("SELECT event_id FROM sent_email")).containsExactly(event);
    }

    private void runPurges(Duration processed, Duration sent) {
        RetentionProperties settings = new RetentionProperties(true, Duration.ofHours(1), 2, processed, sent);
        List<RetentionPurge> purges = RetentionPurgeJobs.purges(jdbc, new SpringTransactions(template), Clock.fixed(NOW, ZoneOffset.UTC),
                settings, n -> { }, n -> { });
        purges.forEach(RetentionPurge::run);
    }

    private List<UUID> ids(String sql) {
        return jdbc.sql(sql).query(UUID.class).list();
    }

    private UUID processed(Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO processed_message (event_id, type, processed_at) VALUES (:id, 'EnrollmentConfirmed', :at)")
                .param("id", id).param("at", Timestamp.from(at)).update();
        return id;
    }

    private void sent(UUID event, Instant at) {
        jdbc.sql("""
                        INSERT INTO sent_email (event_id, recipient, subject, message_id, sent_at)
                        VALUES (:id, 'ada@example.com', 'Enrolled', :messageId, :at)""")
                .param("id", event).param("messageId", "<" + event + "@roster.local>")
                .param("at", Timestamp.from(at)).update();
    }
}
