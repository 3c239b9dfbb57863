package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.IdempotencyKey;
import dev.roster.enrollment.purchase.application.IdempotencyKeys;
import dev.roster.enrollment.purchase.application.PurchaseAnswer;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys in {@code idempotency_key} (V5, with {@code location} since V9): one row per
 * learner and key, whose primary key lets exactly one of two concurrent first requests insert it.
 * Every statement runs in the caller's transaction; {@link #claim} needs one, as it reads the row
 * {@code FOR UPDATE} and judges the lease under that lock.
 */
@Component
class JdbcIdempotencyKeys implements IdempotencyKeys {

    private record Row(String fingerprint, String state, Instant lockedUntil, UUID enrollmentId,
                       Integer responseStatus, String location, String responseBody) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcIdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Claim claim(LearnerId learner, IdempotencyKey key, String fingerprint) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM idempotency_key WHERE learner_id = :learner AND key = :key AND created_at <= :expired")
                .param("learner", learner.value()).param("key", key.value())
                .param("expired", Timestamp.from(now.minus(RETENTION))).update();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (learner_id, key, fingerprint, state, locked_until, created_at)
                        VALUES (:learner, :key, :fingerprint, 'IN_PROGRESS', :lockedUntil, :now)
                        ON CONFLICT (learner_id, key) DO NOTHING""")
                .param("learner", learner.value()).param("key", key.value()).param("fingerprint", fingerprint)
                .param("lockedUntil", Timestamp.from(now.plus(LEASE))).param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return new Fresh();
        }
        Row row = jdbc.sql("""
                        SELECT fingerprint, state, locked_until, enrollment_id, response_status, location, response_body
                          FROM idempotency_key WHERE learner_id = :learner AND key = :key FOR UPDATE""")
                .param("learner", learner.value()).param("key", key.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null),
                        rs.getObject(4, UUID.class), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7)))
                .single();
        if (!row.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        if (row.state().equals("COMPLETED")) {
            return new Replay(new PurchaseAnswer(row.responseStatus(), Optional.ofNullable(row.location()),
                    row.responseBody()));
        }
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return new InProgress();
        }
        // the request that claimed the key is gone (crashed or timed out): take the key over
        jdbc.sql("UPDATE idempotency_key SET locked_until = :lockedUntil WHERE learner_id = :learner AND key = :key")
                .param("lockedUntil", Timestamp.from(now.plus(LEASE)))
                .param("learner", learner.value()).param("key", key.value()).update();
        return row.enrollmentId() == null ? new Fresh() : new Resume(new EnrollmentId(row.enrollmentId()));
    }

    @Override
    public void attach(LearnerId learner, IdempotencyKey key, EnrollmentId enrollment) {
        jdbc.sql("UPDATE idempotency_key SET enrollment_id = :enrollment WHERE learner_id = :learner AND key = :key")
                .param("enrollment", enrollment.value()).param("learner", learner.value()).param("key", key.value())
                .update();
    }

    @Override
    public void complete(LearnerId learner, IdempotencyKey key, PurchaseAnswer answer) {
        jdbc.sql("""
                        UPDATE idempotency_key SET state = 'COMPLETED', response_status = :status,
                                                   location = :location, response_body = :body, locked_until = NULL
                         WHERE learner_id = :learner AND key = :key""")
                .param("status", answer.status()).param("location", answer.location().orElse(null))
                .param("body", answer.body())
                .param("learner", learner.value()).param("key", key.value()).update();
    }

    @Override
    public void abandon(LearnerId learner, IdempotencyKey key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE learner_id = :learner AND key = :key AND enrollment_id IS NULL")
                .param("learner", learner.value()).param("key", key.value()).update();
        jdbc.sql("UPDATE idempotency_key SET locked_until = NULL WHERE learner_id = :learner AND key = :key")
                .param("learner", learner.value()).param("key", key.value()).update();
    }

    @Override
    public int sweep() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at <= :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(RETENTION))).update();
    }
}
