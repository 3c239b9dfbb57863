package dev.roster.enrollment.purchase.domain;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's seat in a course, from the moment it is reserved until it is confirmed, rejected,
 * expired or cancelled. Immutable: each transition returns the next state or refuses.
 *
 * @param holdExpiresAt when a pending enrollment may be expired if no charge shows up
 * @param chargeId      the provider's charge, once known
 * @param reason        why it was rejected, if it was
 */
public record Enrollment(
        EnrollmentId id,
        LearnerId learnerId,
        CourseId courseId,
        EnrollmentStatus status,
        Price price,
        Optional<String> couponCode,
        Instant createdAt,
        Instant holdExpiresAt,
        Optional<String> chargeId,
        Optional<Instant> confirmedAt,
        Optional<String> reason) {

    public Enrollment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(couponCode, "couponCode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        Objects.requireNonNull(reason, "reason");
    }

    public static Enrollment reserve(EnrollmentId id, LearnerId learner, CourseId course, Price price,
                                     Optional<String> couponCode, Instant now, Duration hold) {
        return new Enrollment(id, learner, course, EnrollmentStatus.PENDING_PAYMENT, price, couponCode, now,
                now.plus(hold), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Confirmed with the provider's charge, or without one when there was nothing to charge. */
    public Enrollment confirm(Optional<String> charge, Instant at) {
        return moveTo(EnrollmentStatus.CONFIRMED, charge, Optional.of(at), Optional.empty());
    }

    public Enrollment reject(String why) {
        return moveTo(EnrollmentStatus.REJECTED, chargeId, Optional.empty(), Optional.of(why));
    }

    public Enrollment expire() {
        return moveTo(EnrollmentStatus.EXPIRED, chargeId, Optional.empty(), Optional.of("hold_expired"));
    }

    public Enrollment cancel() {
        return moveTo(EnrollmentStatus.CANCELLED, chargeId, confirmedAt, Optional.empty());
    }

    public boolean holdExpiredAt(Instant now) {
        return !now.isBefore(holdExpiresAt);
    }

    private Enrollment moveTo(EnrollmentStatus target, Optional<String> charge, Optional<Instant> confirmed,
                              Optional<String> why) {
        if (!status.canMoveTo(target)) {
            throw new InvalidTransitionException(status, target);
        }
        return new Enrollment(id, learnerId, courseId, target, price, couponCode, createdAt, holdExpiresAt, charge,
                confirmed, why);
    }
}
