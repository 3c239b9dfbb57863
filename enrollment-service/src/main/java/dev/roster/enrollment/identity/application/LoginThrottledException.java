package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.shared.DomainException;
import java.time.Duration;

public class LoginThrottledException extends DomainException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super(Kind.THROTTLED, "too_many_login_attempts",
                "Too many failed log-ins; try again in " + retryAfter.toSeconds() + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
