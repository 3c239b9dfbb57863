package dev.roster.paymentsandbox.charges.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How the test tokens misbehave.
 *
 * @param slowDelay     how long {@code tok_slow} takes to answer
 * @param flakyFailures how many attempts per idempotency key {@code tok_flaky} fails before it succeeds
 */
public record SandboxBehaviour(Duration slowDelay, int flakyFailures) {

    public SandboxBehaviour {
        Objects.requireNonNull(slowDelay, "slowDelay");
        if (slowDelay.isNegative()) {
            throw new IllegalArgumentException("slowDelay must not be negative: " + slowDelay);
        }
        if (flakyFailures < 0) {
            throw new IllegalArgumentException("flakyFailures must not be negative: " + flakyFailures);
        }
    }
}
