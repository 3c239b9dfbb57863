package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of enrollments (port). */
public interface Enrollments {

    /** Adds a pending enrollment; throws {@link PurchaseRefusedException} already_enrolled when one is active. */
    void add(Enrollment enrollment);

    Optional<Enrollment> findById(EnrollmentId id);

    boolean hasActive(LearnerId learner, CourseId course);

    /** The learner's enrollments, newest first. */
    Page<Enrollment> ofLearner(LearnerId learner, PageRequest request);

    /**
     * Stores {@code next} only if the stored enrollment is still in {@code current}'s status, so
     * two settlers (the request and reconciliation) never both win.
     */
    boolean transition(Enrollment current, Enrollment next, Instant now);

    /**
     * Claims up to {@code limit} pending enrollments older than {@code minAge} that no other
     * instance holds, for {@code lease}; safe with several instances running.
     */
    List<Enrollment> claimPending(Instant now, Duration minAge, Duration lease, int limit);

    void markRefundPending(EnrollmentId id, Instant now);

    void markRefunded(EnrollmentId id, String refundId, Instant now);

    /**
     * Records a charge that succeeded for an enrollment that ended unpaid (rejected or expired, no
     * charge recorded yet) and marks it for refund, free for the refund run to claim at once.
     * Conditional, so of two callers one records it.
     *
     * @return true when this call recorded it
     */
    boolean recordChargeToRefund(EnrollmentId id, String chargeId, Instant now);

    /**
     * Claims, like {@link #claimPending}, enrollments that expired within {@code window} before
     * {@code now} with no charge recorded: a provider slower than the hold may still charge them.
     * A claimed row is looked at again once its lease ends.
     */
    List<Enrollment> claimExpiredUnpaid(Instant now, Duration window, Duration lease, int limit);

    /** Claims enrollments whose refund is still pending, like {@link #claimPending}. */
    List<Enrollment> claimPendingRefunds(Instant now, Duration lease, int limit);
}
