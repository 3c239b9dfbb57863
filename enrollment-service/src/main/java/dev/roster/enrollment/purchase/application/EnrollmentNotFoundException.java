package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.shared.DomainException;

public class EnrollmentNotFoundException extends DomainException {

    public EnrollmentNotFoundException() {
        super(Kind.NOT_FOUND, "enrollment_not_found", "No such enrollment.");
    }
}
