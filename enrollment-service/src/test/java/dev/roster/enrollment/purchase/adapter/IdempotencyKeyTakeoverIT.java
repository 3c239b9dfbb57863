package dev.roster.enrollment.purchase.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.IdempotencyKey;
import dev.roster.enrollment.purchase.application.IdempotencyKeys;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request claimed its idempotency key and crashed; its lease has lapsed and two retries with the
 * key arrive together. Through the real Spring bean, each claim in its own transaction as the
 * idempotent purchase makes it, exactly one takes the key over and the other is told the work is in
 * progress. The overlap is forced: the test
 * holds the key's row locked until both retries are waiting on it, then lets them go together.
 */
@ServiceIT
class IdempotencyKeyTakeoverIT {

    private static final IdempotencyKey KEY = new IdempotencyKey("checkout-crashed");
    private static final String FINGERPRINT = "fingerprint";

    @Autowired IdempotencyKeys requests;
    @Autowired Transactions transactions;
    @Autowired MutableClock clock;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    private final LearnerId learner = new LearnerId(new UUID(0x1d, 1));

    @BeforeEach
    void aKeyWhoseRequestCrashedAndWhoseLeaseLapsed() {
        TestDatabase.emptied();
        jdbc.sql("""
                INSERT INTO learner (id, email, name, password_hash, created_at)
                VALUES (:id, 'ada@example.com', 'Ada', 'not-a-hash', :at)""")
                .param("at", Timestamp.from(clock.instant())).param("id", learner.value()).update();
        assertThat(transactions.inTransaction(() -> requests.claim(learner, KEY, FINGERPRINT)))
                .isInstanceOf(IdempotencyKeys.Fresh.class);
        clock.advance(IdempotencyKeys.LEASE);
    }

    @Test
    @Guards(Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN)
    void letsExactlyOneOfTwoConcurrentRetriesTakeOverACrashedRequestsKey() throws Exception {
        assertTakenOverOnce(twoRetriesAtOnce(
                () -> transactions.inTransaction(() -> requests.claim(learner, KEY, FINGERPRINT))));
    }

    @Test
    @BrokenVariantProof(Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN)
    void wouldCatchATakeoverThatJudgesTheLeaseFromAnUnlockedRead() throws Exception {
        TakeoverWithoutTheLeaseCheck variant = new TakeoverWithoutTheLeaseCheck(jdbc, clock);

        List<IdempotencyKeys.Claim> claims = twoRetriesAtOnce(
                () -> transactions.inTransaction(() -> variant.claim(learner, KEY, FINGERPRINT)));

        assertThatThrownBy(() -> assertTakenOverOnce(claims)).isInstanceOf(AssertionError.class);
    }

    private static void assertTakenOverOnce(List<IdempotencyKeys.Claim> claims) {
        assertThat(claims).as("one retry takes the key over, the other waits its turn")
                .filteredOn(IdempotencyKeys.Fresh.class::isInstance).hasSize(1);
        assertThat(claims).filteredOn(IdempotencyKeys.InProgress.class::isInstance).hasSize(1);
    }

    private List<IdempotencyKeys.Claim> twoRetriesAtOnce(Callable<IdempotencyKeys.Claim> retry) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT 1 FROM idempotency_key WHERE learner_id = ? AND key = ? FOR UPDATE")) {
                lock.setObject(1, learner.value());
                lock.setString(2, KEY.value());
                lock.executeQuery().close();
            }
            Future<IdempotencyKeys.Claim> first = pool.submit(retry);
            Future<IdempotencyKeys.Claim> second = pool.submit(retry);
            await().atMost(Duration.ofSeconds(30)).until(() -> sessionsWaitingOnALock() == 2);
            holder.commit();
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sessions of this test's database blocked on a row lock (both retries, once they reach the row). */
    private int sessionsWaitingOnALock() {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock'
                           AND query LIKE '%idempotency_key%'""")
                .query(Integer.class).single();
    }
}
