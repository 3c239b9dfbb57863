package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.domain.Enrollment;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only broken variant of the settlement's transition, the near miss a colleague would write:
 * read the status, check it is still the one we started from, then write the next state
 * unconditionally. Both settlers read "pending" (they meet at the barrier between the read and the
 * write), so both win.
 */
final class ReadThenWriteTransition extends DelegatingEnrollments {

    private final JdbcClient jdbc;
    private final CyclicBarrier bothHaveRead;

    ReadThenWriteTransition(Enrollments real, JdbcClient jdbc, CyclicBarrier bothHaveRead) {
        super(real);
        this.jdbc = jdbc;
        this.bothHaveRead = bothHaveRead;
    }

    @Override
    public boolean transition(Enrollment current, Enrollment next, Instant now) {
        String stored = jdbc.sql("SELECT status FROM enrollment WHERE id = :id")
                .param("id", current.id().value()).query(String.class).single();
        if (!stored.equals(current.status().name())) {
            return false;
        }
        await(bothHaveRead);
        jdbc.sql("""
                        UPDATE enrollment
                           SET status = :next, charge_id = :chargeId, confirmed_at = :confirmedAt, reason = :reason,
                               updated_at = :now, reconcile_lease_until = NULL
                         WHERE id = :id""")
                .param("id", current.id().value())
                .param("next", next.status().name())
                .param("chargeId", next.chargeId().orElse(null))
                .param("confirmedAt", next.confirmedAt().map(Timestamp::from).orElse(null))
                .param("reason", next.reason().orElse(null))
                .param("now", Timestamp.from(now))
                .update();
        return true;
    }
}
