package dev.roster.enrollment.outbox.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the relay waits after failed runs: {@code initial} after the first failure, doubling with
 * each further consecutive failure, never more than {@code max}. A success starts the count again.
 * No jitter: relays of several instances each hold their own rows (SKIP LOCKED), so retrying in step
 * costs nothing but a few empty polls.
 *
 * @param initial the wait after the first failure
 * @param max     the longest wait
 */
public record RelayBackoff(Duration initial, Duration max) {

    public RelayBackoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max backoff " + max + " is shorter than the initial " + initial);
        }
    }

    /** The wait after {@code consecutiveFailures} failed runs in a row (1 or more). */
    public Duration delayAfter(int consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutiveFailures must be at least 1, was " + consecutiveFailures);
        }
        Duration delay = initial;
        for (int i = 1; i < consecutiveFailures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
