package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.Learners;
import dev.roster.enrollment.identity.application.LearnersContract;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * JdbcLearners on PostgreSQL, held to the same {@link LearnersContract} as the in-memory fake (JdbcLearnersIT
 * keeps the concurrent sign-ups and their broken variant).
 */
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class JdbcLearnersContractIT extends LearnersContract {

    private JdbcLearners learners;

    @BeforeEach
    void emptyDatabase() {
        learners = new JdbcLearners(JdbcClient.create(TestDatabase.emptied().dataSource()));
    }

    @Override
    protected Learners learners() {
        return learners;
    }
}
