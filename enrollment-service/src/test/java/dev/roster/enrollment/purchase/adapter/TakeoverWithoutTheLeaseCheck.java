package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.IdempotencyKey;
import dev.roster.enrollment.purchase.application.IdempotencyKeys;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only broken variant of {@link JdbcIdempotencyKeys#claim}'s takeover, the near miss a colleague
 * would write: the same insert-or-read, but the row read without {@code FOR UPDATE}, its lease judged
 * in Java, and the lease then renewed by an UPDATE that does not check the lease is still lapsed.
 * Two retries that read the lapsed lease before either renews it both take the key over.
 */
final class TakeoverWithoutTheLeaseCheck {

    private final JdbcClient jdbc;
    private final Clock clock;

    TakeoverWithoutTheLeaseCheck(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction, as the real adapter's claim does. */
    IdempotencyKeys.Claim claim(LearnerId learner, IdempotencyKey key, String fingerprint) {
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (learner_id, key, fingerprint, state, locked_until, created_at)
                        VALUES (:learner, :key, :fingerprint, 'IN_PROGRESS', :lockedUntil, :now)
                        ON CONFLICT (learner_id, key) DO NOTHING""")
                .param("learner", learner.value()).param("key", key.value()).param("fingerprint", fingerprint)
                .param("lockedUntil", Timestamp.from(now.plus(IdempotencyKeys.LEASE)))
                .param("now", Timestamp.from(now)).update();
        if (inserted == 1) {
            return new IdempotencyKeys.Fresh();
        }
        Map<String, Object> row = jdbc.sql("""
                        SELECT fingerprint, state, locked_until FROM idempotency_key
                         WHERE learner_id = :learner AND key = :key""")
                .param("learner", learner.value()).param("key", key.value()).query().singleRow();
        if (!fingerprint.equals(row.get("fingerprint"))) {
            return new IdempotencyKeys.Mismatch();
        }
        Timestamp lockedUntil = (Timestamp) row.get("locked_until");
        if ("COMPLETED".equals(row.get("state")) || lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
            return new IdempotencyKeys.InProgress();
        }
        jdbc.sql("UPDATE idempotency_key SET locked_until = :lockedUntil WHERE learner_id = :learner AND key = :key")
                .param("lockedUntil", Timestamp.from(now.plus(IdempotencyKeys.LEASE)))
                .param("learner", learner.value()).param("key", key.value()).update();
        return new IdempotencyKeys.Fresh();
    }
}
