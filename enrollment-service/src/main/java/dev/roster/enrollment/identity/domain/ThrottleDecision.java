package dev.roster.enrollment.identity.domain;

import java.time.Duration;
import java.util.Objects;

/** Whether a login attempt may proceed, and if not, when to try again. */
public sealed interface ThrottleDecision {

    /** The attempt proceeds to the password check. */
    record Allowed() implements ThrottleDecision {
    }

    /** The attempt is refused without checking the password; {@code retryAfter} is whole seconds, at least 1. */
    record Blocked(Duration retryAfter) implements ThrottleDecision {

        public Blocked {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0 || retryAfter.getNano() != 0) {
                throw new IllegalArgumentException("retryAfter is whole seconds, at least 1, was " + retryAfter);
            }
        }
    }

    ThrottleDecision ALLOWED = new Allowed();

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
