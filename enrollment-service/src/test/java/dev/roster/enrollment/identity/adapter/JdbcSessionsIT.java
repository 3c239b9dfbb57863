package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.Sessions;
import dev.roster.enrollment.identity.application.SessionsContract;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;

/** JdbcSessions on PostgreSQL, held to the same {@link SessionsContract} as the in-memory fake. */
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class JdbcSessionsIT extends SessionsContract {

    private JdbcClient jdbc;
    private JdbcSessions sessions;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(TestDatabase.emptied().dataSource());
        sessions = new JdbcSessions(jdbc);
    }

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Override
    protected LearnerId aLearner() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO learner (id, email, name, password_hash, created_at) VALUES (:id, :email, 'L', 'x', now())")
                .param("id", id).param("email", id + "@example.com").update();
        return new LearnerId(id);
    }
}
