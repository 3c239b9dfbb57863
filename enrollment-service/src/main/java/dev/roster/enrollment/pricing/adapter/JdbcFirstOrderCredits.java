package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.pricing.application.FirstOrderCredits;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The credit's holder per learner in {@code first_order_credit}: its primary key lets one order in. */
@Repository
class JdbcFirstOrderCredits implements FirstOrderCredits {

    private final JdbcClient jdbc;

    JdbcFirstOrderCredits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isHeld(UUID learnerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM first_order_credit WHERE learner_id = :learner)")
                .param("learner", learnerId)
                .query(Boolean.class).single();
    }

    /**
     * A concurrent claim for the same learner waits on the primary key until the first one's
     * transaction ends: if it commits, this one inserts nothing; if it rolls back, this one wins.
     */
    @Override
    public boolean claim(UUID learnerId, UUID orderId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO first_order_credit (learner_id, order_id, claimed_at)
                        VALUES (:learner, :order, :now)
                        ON CONFLICT (learner_id) DO NOTHING""")
                .param("learner", learnerId)
                .param("order", orderId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public void release(UUID orderId) {
        jdbc.sql("DELETE FROM first_order_credit WHERE order_id = :order").param("order", orderId).update();
    }
}
