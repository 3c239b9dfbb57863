package dev.roster.enrollment.web.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys of requests, per learner, after Stripe and the IETF Idempotency-Key draft: the
 * first request with a key claims it, the same key with the same request replays the stored
 * answer, another request under the key is refused, and a request still running makes a second
 * one wait its turn (409). Keys are kept 24 hours.
 */
@Component
public class IdempotentRequests {

    public static final Duration RETENTION = Duration.ofHours(24);
    /** How long a claim holds before another request may take over a crashed one's key. */
    public static final Duration LEASE = Duration.ofSeconds(60);

    public sealed interface Claim {
    }

    /** The key is ours: do the work. */
    public record Fresh() implements Claim {
    }

    /** The work was done before: answer exactly this. */
    public record Replay(int status, String body) implements Claim {
    }

    /** Another request with this key is running. */
    public record InProgress() implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    /** A request with this key crashed after reserving; answer from the enrollment's current state. */
    public record Resume(UUID enrollmentId) implements Claim {
    }

    private record Row(String fingerprint, String state, Instant lockedUntil, UUID enrollmentId,
                       Integer responseStatus, String responseBody) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public IdempotentRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Claim claim(UUID learner, IdempotencyKey key, String fingerprint) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM idempotency_key WHERE learner_id = :learner AND key = :key AND created_at <= :expired")
                .param("learner", learner).param("key", key.value())
                .param("expired", Timestamp.from(now.minus(RETENTION))).update();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (learner_id, key, fingerprint, state, locked_until, created_at)
                        VALUES (:learner, :key, :fingerprint, 'IN_PROGRESS', :lockedUntil, :now)
                        ON CONFLICT (learner_id, key) DO NOTHING""")
                .param("learner", learner).param("key", key.value()).param("fingerprint", fingerprint)
                .param("lockedUntil", Timestamp.from(now.plus(LEASE))).param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return new Fresh();
        }
        Row row = jdbc.sql("""
                        SELECT fingerprint, state, locked_until, enrollment_id, response_status, response_body
                          FROM idempotency_key WHERE learner_id = :learner AND key = :key FOR UPDATE""")
                .param("learner", learner).param("key", key.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null),
                        rs.getObject(4, UUID.class), (Integer) rs.getObject(5), rs.getString(6)))
                .single();
        if (!row.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        if (row.state().equals("COMPLETED")) {
            return new Replay(row.responseStatus(), row.responseBody());
        }
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return new InProgress();
        }
        // the request that claimed the key is gone (crashed or timed out): take the key over
        jdbc.sql("UPDATE idempotency_key SET locked_until = :lockedUntil WHERE learner_id = :learner AND key = :key")
                .param("lockedUntil", Timestamp.from(now.plus(LEASE)))
                .param("learner", learner).param("key", key.value()).update();
        return row.enrollmentId() == null ? new Fresh() : new Resume(row.enrollmentId());
    }

    /** Ties the key to the enrollment; called inside the reservation's transaction. */
    public void attach(UUID learner, IdempotencyKey key, UUID enrollmentId) {
        jdbc.sql("UPDATE idempotency_key SET enrollment_id = :enrollment WHERE learner_id = :learner AND key = :key")
                .param("enrollment", enrollmentId).param("learner", learner).param("key", key.value()).update();
    }

    public void complete(UUID learner, IdempotencyKey key, int status, String body) {
        jdbc.sql("""
                        UPDATE idempotency_key SET state = 'COMPLETED', response_status = :status,
                                                   response_body = :body, locked_until = NULL
                         WHERE learner_id = :learner AND key = :key""")
                .param("status", status).param("body", body)
                .param("learner", learner).param("key", key.value()).update();
    }

    /**
     * The work failed before it had an answer. Without an enrollment the key is forgotten, so a
     * retry runs afresh; with one, the claim lapses at once, so a retry resumes from it.
     */
    public void abandon(UUID learner, IdempotencyKey key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE learner_id = :learner AND key = :key AND enrollment_id IS NULL")
                .param("learner", learner).param("key", key.value()).update();
        jdbc.sql("UPDATE idempotency_key SET locked_until = NULL WHERE learner_id = :learner AND key = :key")
                .param("learner", learner).param("key", key.value()).update();
    }

    /** Forgets keys older than the retention; the scheduled purge calls this. */
    public int purge() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at <= :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(RETENTION))).update();
    }
}
