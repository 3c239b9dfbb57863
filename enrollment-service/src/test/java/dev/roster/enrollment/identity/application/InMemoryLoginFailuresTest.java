package dev.roster.enrollment.identity.application;

/** The fake keeps the port's promises, the same ones JdbcLoginFailuresIT checks on PostgreSQL. */
class InMemoryLoginFailuresTest extends LoginFailuresContract {

    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();

    @Override
    protected LoginFailures failures() {
        return failures;
    }
}
