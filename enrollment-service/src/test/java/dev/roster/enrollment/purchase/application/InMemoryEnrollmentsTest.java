package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import java.util.UUID;

/** The fake keeps the promises JdbcEnrollmentsIT checks on PostgreSQL, leases included. */
class InMemoryEnrollmentsTest extends EnrollmentsContract {

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();

    @Override
    protected Enrollments enrollments() {
        return enrollments;
    }

    @Override
    protected LearnerId aLearner() {
        return new LearnerId(UUID.randomUUID());
    }

    @Override
    protected CourseId aCourse() {
        return new CourseId(UUID.randomUUID());
    }
}
