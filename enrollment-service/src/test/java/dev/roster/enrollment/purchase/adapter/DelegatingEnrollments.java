package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: the real store with its {@link #transition} changed, so a race harness can stop a
 * settlement at its decision point. Everything else goes to the real store.
 */
abstract class DelegatingEnrollments implements Enrollments {

    protected final Enrollments real;

    DelegatingEnrollments(Enrollments real) {
        this.real = real;
    }

    /** The real transition, entered by both settlers together: the database alone decides. */
    static Enrollments meetingAtTheTransition(Enrollments real, CyclicBarrier bothSettling) {
        return new DelegatingEnrollments(real) {
            @Override
            public boolean transition(Enrollment current, Enrollment next, Instant now) {
                await(bothSettling);
                return real.transition(current, next, now);
            }
        };
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other side never came", e);
        }
    }

    @Override
    public void add(Enrollment enrollment) {
        real.add(enrollment);
    }

    @Override
    public Optional<Enrollment> findById(EnrollmentId id) {
        return real.findById(id);
    }

    @Override
    public boolean hasActive(LearnerId learner, CourseId course) {
        return real.hasActive(learner, course);
    }

    @Override
    public Page<Enrollment> ofLearner(LearnerId learner, PageRequest request) {
        return real.ofLearner(learner, request);
    }

    @Override
    public boolean transition(Enrollment current, Enrollment next, Instant now) {
        return real.transition(current, next, now);
    }

    @Override
    public List<Enrollment> claimPending(Instant now, Duration minAge, Duration lease, int limit) {
        return real.claimPending(now, minAge, lease, limit);
    }

    @Override
    public void markRefundPending(EnrollmentId id, Instant now) {
        real.markRefundPending(id, now);
    }

    @Override
    public void markRefunded(EnrollmentId id, String refundId, Instant now) {
        real.markRefunded(id, refundId, now);
    }

    @Override
    public boolean recordChargeToRefund(EnrollmentId id, String chargeId, Instant now) {
        return real.recordChargeToRefund(id, chargeId, now);
    }

    @Override
    public List<Enrollment> claimExpiredUnpaid(Instant now, Duration window, Duration lease, int limit) {
        return real.claimExpiredUnpaid(now, window, lease, limit);
    }

    @Override
    public List<Enrollment> claimPendingRefunds(Instant now, Duration lease, int limit) {
        return real.claimPendingRefunds(now, lease, limit);
    }
}
