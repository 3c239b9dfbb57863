package dev.roster.enrollment.identity.domain;

import java.util.Objects;

/** One way a password breaks the {@link PasswordPolicy}: a stable code and a sentence for people. */
public record PasswordViolation(String code, String message) {

    public PasswordViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
