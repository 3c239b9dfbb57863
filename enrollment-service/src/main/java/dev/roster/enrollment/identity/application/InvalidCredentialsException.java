package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.shared.DomainException;

/** The same answer for a wrong password and an unknown email, so accounts cannot be discovered. */
public class InvalidCredentialsException extends DomainException {

    public InvalidCredentialsException() {
        super(Kind.UNAUTHENTICATED, "invalid_credentials", "The email or password is wrong.");
    }
}
