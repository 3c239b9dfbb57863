package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.domain.EnrollmentId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only broken variant of reconciliation's claim, the near miss a colleague would write: the
 * same query for pending enrollments free of a lease, but a plain SELECT (no {@code FOR UPDATE
 * SKIP LOCKED}) followed by an UPDATE of the lease. Two instances that both select before either
 * updates claim the same rows.
 */
final class UnlockedClaim {

    private final JdbcClient jdbc;

    UnlockedClaim(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> select(Instant now, Duration minAge, int limit) {
        return jdbc.sql("""
                        SELECT id FROM enrollment
                         WHERE status = 'PENDING_PAYMENT' AND created_at <= :youngest
                           AND (reconcile_lease_until IS NULL OR reconcile_lease_until < :now)
                         ORDER BY created_at
                         LIMIT :limit""")
                .param("youngest", Timestamp.from(now.minus(minAge)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class).list();
    }

    List<EnrollmentId> lease(List<UUID> ids, Instant now, Duration lease) {
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("UPDATE enrollment SET reconcile_lease_until = :leaseUntil WHERE id IN (:ids)")
                .param("leaseUntil", Timestamp.from(now.plus(lease)))
                .param("ids", ids)
                .update();
        return ids.stream().map(EnrollmentId::new).toList();
    }
}
