package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.EnrollmentsContract;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** JdbcEnrollments on PostgreSQL, held to the same {@link EnrollmentsContract} as the in-memory fake. */
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class JdbcEnrollmentsIT extends EnrollmentsContract {

    private JdbcClient jdbc;
    private JdbcEnrollments enrollments;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(TestDatabase.emptied().dataSource());
        enrollments = new JdbcEnrollments(jdbc, JsonMapper.builder().build());
    }

    @Override
    protected Enrollments enrollments() {
        return enrollments;
    }

    @Override
    protected LearnerId aLearner() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO learner (id, email, name, password_hash, created_at) VALUES (:id, :email, 'L', 'x', now())")
                .param("id", id).param("email", id + "@example.com").update();
        return new LearnerId(id);
    }

    @Override
    protected CourseId aCourse() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO course (id, code, title, price_minor, currency, capacity, status, starts_at)
                        VALUES (:id, :code, 'Course', 5000, 'EUR', 10, 'OPEN', now())""")
                .param("id", id).param("code", id.toString().substring(0, 30)).update();
        return new CourseId(id);
    }
}
