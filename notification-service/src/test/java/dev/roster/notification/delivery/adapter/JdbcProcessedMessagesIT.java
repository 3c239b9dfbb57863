package dev.roster.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roster.notification.delivery.application.ProcessedMessages;
import dev.roster.notification.delivery.domain.Email;
import dev.roster.notification.delivery.domain.EmailComposer;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The processed-messages record on a real PostgreSQL, including two instances claiming one event at once. */
class JdbcProcessedMessagesIT {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:05Z");

    private final RealPostgres.Database database = RealPostgres.shared().database().migrate("classpath:db/migration");
    private final JdbcClient jdbc = JdbcClient.create(database.dataSource());
    private final JdbcProcessedMessages processed = new JdbcProcessedMessages(jdbc);
    private final TransactionTemplate transactions =
            new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    private final ExecutorService otherInstance = Executors.newSingleThreadExecutor();

    @BeforeEach
    void emptyTables() {
        database.truncateAllTables();
    }

    @AfterEach
    void stopOtherInstance() {
        otherInstance.shutdownNow();
    }

    @Test
    @Guards({Risk.DUPLICATE_EVENT_SECOND_EMAIL, Risk.REPOSITORY_FAILS_ON_REAL_DATABASE})
    void claimsAnEventOnlyOnce() {
        UUID eventId = UUID.randomUUID();

        assertThat(processed.claim(eventId, "EnrollmentConfirmed", NOW)).isTrue();
        assertThat(processed.claim(eventId, "EnrollmentConfirmed", NOW)).isFalse();
        assertThat(processed.claim(UUID.randomUUID(), "EnrollmentConfirmed", NOW)).isTrue();
    }

    @Test
    @Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
    void recordsTheSentEmail() {
        UUID eventId = UUID.randomUUID();
        processed.claim(eventId, "EnrollmentConfirmed", NOW);

        processed.recordSent(eventId, emailFor(eventId), NOW);

        assertThat(jdbc.sql("SELECT recipient, subject, message_id FROM sent_email WHERE event_id = ?")
                .param(eventId).query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .single())
                .isEqualTo("ada@example.com|Your seat in SQL is confirmed|" + EmailComposer.messageIdOf(eventId));
    }

    @Test
    @Guards(Risk.DUPLICATE_EVENT_SECOND_EMAIL)
    void refusesASecondEmailRecordForOneEvent() {
        UUID eventId = UUID.randomUUID();
        processed.claim(eventId, "EnrollmentConfirmed", NOW);
        processed.recordSent(eventId, emailFor(eventId), NOW);

        assertThatExceptionOfType(DuplicateKeyException.class)
                .as("recorded before the send, so a second send for one event fails before it happens")
                .isThrownBy(() -> processed.recordSent(eventId, emailFor(eventId), NOW));
    }

    @Test
    @Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
    void refusesAnEmailRecordForAnUnclaimedEvent() {
        UUID eventId = UUID.randomUUID();

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> processed.recordSent(eventId, emailFor(eventId), NOW));
    }

    @Test
    @Guards(Risk.DUPLICATE_EVENT_SECOND_EMAIL)
    void aConcurrentClaimWaitsForTheFirstAndThenSeesADuplicate() throws Exception {
        assertSecondSeesADuplicate(secondClaimWhileTheFirstIsHeld(processed));
    }

    /**
     * The near miss: look the id up first and insert only if it is not there, trusting the lookup
     * (the insert's own answer ignored). A second instance's lookup cannot see the first's
     * uncommitted claim, so both deliver.
     */
    @Test
    @BrokenVariantProof(Risk.DUPLICATE_EVENT_SECOND_EMAIL)
    void wouldCatchAClaimThatLooksTheIdUpBeforeInserting() throws Exception {
        ProcessedMessages lookUpThenInsert = new JdbcProcessedMessages(jdbc) {
            @Override
            public boolean claim(UUID eventId, String type, Instant processedAt) {
                if (rowsVisibleTo(eventId) > 0) {
                    return false;
                }
                super.claim(eventId, type, processedAt);
                return true;
            }
        };

        Claims claims = secondClaimWhileTheFirstIsHeld(lookUpThenInsert);

        assertThatThrownBy(() -> assertSecondSeesADuplicate(claims)).isInstanceOf(AssertionError.class);
    }

    private record Claims(boolean first, boolean second) {
    }

    /** The first claim holds its transaction open until the second is waiting on it, then commits. */
    private Claims secondClaimWhileTheFirstIsHeld(ProcessedMessages claims) throws Exception {
        UUID eventId = UUID.randomUUID();
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            boolean claimed = claims.claim(eventId, "EnrollmentConfirmed", NOW);
            waitFor(commitFirst);
            return claimed;
        }), otherInstance);
        await().atMost(Duration.ofSeconds(10)).until(() -> claimIsHeld(eventId));

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() ->
                transactions.execute(status -> claims.claim(eventId, "EnrollmentConfirmed", NOW)));
        await().atMost(Duration.ofSeconds(10)).until(() -> sessionsWaitingOnALock() == 1);
        assertThat(second).as("the second claim waits for the first transaction").isNotDone();

        commitFirst.countDown();
        return new Claims(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
    }

    private static void assertSecondSeesADuplicate(Claims claims) {
        assertThat(claims.first()).isTrue();
        assertThat(claims.second()).as("a duplicate once the first committed").isFalse();
    }

    @Test
    @Guards({Risk.DUPLICATE_EVENT_SECOND_EMAIL, Risk.REPOSITORY_FAILS_ON_REAL_DATABASE})
    void aConcurrentClaimTakesOverWhenTheFirstRollsBack() throws Exception {
        UUID eventId = UUID.randomUUID();
        CountDownLatch rollBackFirst = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            boolean claimed = processed.claim(eventId, "EnrollmentConfirmed", NOW);
            waitFor(rollBackFirst);
            status.setRollbackOnly(); // as when enrollment-service is unavailable
            return claimed;
        }), otherInstance);
        await().atMost(Duration.ofSeconds(10)).until(() -> claimIsHeld(eventId));

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() ->
                transactions.execute(status -> processed.claim(eventId, "EnrollmentConfirmed", NOW)));
        await().atMost(Duration.ofSeconds(10)).until(() -> sessionsWaitingOnALock() == 1);

        rollBackFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).as("the event is still to be delivered").isTrue();
    }

    private static Email emailFor(UUID eventId) {
        return new Email("ada@example.com", "Your seat in SQL is confirmed", "text", "<p>html</p>",
                EmailComposer.messageIdOf(eventId));
    }

    private int rowsVisibleTo(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_message WHERE event_id = ?").param(eventId)
                .query(Integer.class).single();
    }

    /** An uncommitted insert of the id is in progress: another session's insert of it would wait. */
    private boolean claimIsHeld(UUID eventId) {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND state = 'idle in transaction'""")
                .query(Integer.class).single() == 1 && rowsVisibleTo(eventId) == 0;
    }

    private int sessionsWaitingOnALock() {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock'""")
                .query(Integer.class).single();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not release the first transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
