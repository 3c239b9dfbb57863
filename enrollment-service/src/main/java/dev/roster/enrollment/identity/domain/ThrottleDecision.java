package dev.roster.enrollment.identity.domain;

import java.time.Duration;
import java.util.Objects;

/** Whether a login attempt may proceed, and if not, when to try again. */
public sealed interface ThrottleDecision {

    /** The attempt proceeds to the password check. */
    record Allowed() implements ThrottleDecision {
    }

    /**
     * The attempt is refused without checking the password; {@code retryAfter} is whole seconds, at least 1;
     * {@code by} is the limit that set it (operators tell a guessed account from a guessing address by it).
     */
    record Blocked(Duration retryAfter, Limit by) implements ThrottleDecision {

        public Blocked {
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(by, "by");
            if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0 || retryAfter.getNano() != 0) {
                throw new IllegalArgumentException("retryAfter is whole seconds, at least 1, was " + retryAfter);
            }
        }
    }

    /** Which count reached its limit. */
    enum Limit {
        /** Failed attempts on one account. */
        ACCOUNT,
        /** Failed attempts from one client address, across accounts. */
        ADDRESS
    }

    ThrottleDecision ALLOWED = new Allowed();

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
