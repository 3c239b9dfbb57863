package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.application.EnrollmentHistory;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEnrollmentHistory implements EnrollmentHistory {

    private final JdbcClient jdbc;

    JdbcEnrollmentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasConfirmedEnrollment(UUID learnerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enrollment WHERE learner_id = :learnerId AND status = 'CONFIRMED')")
                .param("learnerId", learnerId)
                .query(Boolean.class)
                .single();
    }
}
