package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.shared.DomainException;

public class EmailTakenException extends DomainException {

    public EmailTakenException() {
        // the address itself is left out: it is personal data and the caller knows it
        super(Kind.CONFLICT, "email_taken", "An account with this email already exists.");
    }
}
