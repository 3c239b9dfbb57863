package dev.roster.enrollment.purchase.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The enrollment state machine: PENDING_PAYMENT → CONFIRMED | REJECTED | EXPIRED, and
 * CONFIRMED → CANCELLED. Every other move is refused.
 */
public enum EnrollmentStatus {
    PENDING_PAYMENT, CONFIRMED, REJECTED, EXPIRED, CANCELLED;

    public Set<EnrollmentStatus> next() {
        return switch (this) {
            case PENDING_PAYMENT -> EnumSet.of(CONFIRMED, REJECTED, EXPIRED);
            case CONFIRMED -> EnumSet.of(CANCELLED);
            case REJECTED, EXPIRED, CANCELLED -> EnumSet.noneOf(EnrollmentStatus.class);
        };
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return next().contains(target);
    }

    /** Pending and confirmed enrollments hold a seat; the others have given theirs back. */
    public boolean holdsASeat() {
        return this == PENDING_PAYMENT || this == CONFIRMED;
    }
}
