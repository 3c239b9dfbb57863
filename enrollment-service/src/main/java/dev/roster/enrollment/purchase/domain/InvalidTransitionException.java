package dev.roster.enrollment.purchase.domain;

import dev.roster.enrollment.shared.DomainException;

public class InvalidTransitionException extends DomainException {

    public InvalidTransitionException(EnrollmentStatus from, EnrollmentStatus to) {
        super(Kind.CONFLICT, "invalid_transition", "An enrollment cannot move from " + from + " to " + to + ".");
    }
}
