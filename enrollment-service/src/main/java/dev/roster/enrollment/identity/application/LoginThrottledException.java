package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.shared.DomainException;
import java.time.Duration;
import java.util.Optional;

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

    /** The answer's Retry-After: when the throttle will let an attempt through again. */
    @Override
    public Optional<Duration> retryAfterHint() {
        return Optional.of(retryAfter);
    }
}
