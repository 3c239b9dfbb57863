package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.LearnerId;
import java.util.UUID;

/** The fake keeps the promises JdbcSessionsIT checks on PostgreSQL. */
class InMemorySessionsTest extends SessionsContract {

    private final InMemorySessions sessions = new InMemorySessions();

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Override
    protected LearnerId aLearner() {
        return new LearnerId(UUID.randomUUID());
    }
}
