package dev.roster.enrollment.identity.application;

/** The fake keeps the promises JdbcLearnersContractIT checks on PostgreSQL. */
class InMemoryLearnersTest extends LearnersContract {

    private final InMemoryLearners learners = new InMemoryLearners();

    @Override
    protected Learners learners() {
        return learners;
    }
}
