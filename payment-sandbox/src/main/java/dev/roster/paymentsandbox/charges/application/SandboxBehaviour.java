package dev.roster.paymentsandbox.charges.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How the test tokens misbehave.
 *
 * @param slowDelay     how long {@code tok_slow} takes to answer
 * @param flakyFailures how many attempts per idempotency key {@code tok_flaky} fails before it succeeds
 * @param lateDelay     how long after its request came {@code tok_late}'s charge succeeds
 */
public record SandboxBehaviour(Duration slowDelay, int flakyFailures, Duration lateDelay) {

    public SandboxBehaviour {
        Objects.requireNonNull(slowDelay, "slowDelay");
        if (slowDelay.isNegative()) {
            throw new IllegalArgumentException("slowDelay must not be negative: " + slowDelay);
        }
        Objects.requireNonNull(lateDelay, "lateDelay");
        if (lateDelay.isNegative()) {
            throw new IllegalArgumentException("lateDelay must not be negative: " + lateDelay);
        }
        if (flakyFailures < 0) {
            throw new IllegalArgumentException("flakyFailures must not be negative: " + flakyFailures);
        }
    }
}
