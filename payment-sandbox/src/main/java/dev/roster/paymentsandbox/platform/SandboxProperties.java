package dev.roster.paymentsandbox.platform;

import jakarta.validation.constraints.Max;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox's settings ({@code sandbox.*}); the defaults here are the only ones.
 *
 * @param apiKey        the secret every {@code /v1} request must present as {@code Authorization: Bearer <api key>}
 * @param slowDelay     how long {@code tok_slow} takes; longer than a sensible client read timeout on purpose
 * @param baseLatency   how long every {@code /v1} request waits before anything else, to feel like a remote provider
 * @param flakyFailures how many attempts per idempotency key {@code tok_flaky} answers with 500 before it succeeds
 * @param lateDelay     how long after its request {@code tok_late}'s charge succeeds (its answer, a 500, comes
 *                      after the slow delay); longer than any client waits, on purpose
 */
@Validated
@ConfigurationProperties("sandbox")
public record SandboxProperties(
        @DefaultValue("sk_test_roster") String apiKey,
        @DefaultValue("3s") Duration slowDelay,
        @DefaultValue("0ms") Duration baseLatency,
        @DefaultValue("2") @Max(100) int flakyFailures,
        @DefaultValue("45s") Duration lateDelay) {

    public SandboxProperties {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("sandbox.api-key must not be blank");
        }
        Objects.requireNonNull(slowDelay, "sandbox.slow-delay");
        Objects.requireNonNull(baseLatency, "sandbox.base-latency");
        if (slowDelay.isNegative() || baseLatency.isNegative()) {
            throw new IllegalArgumentException("sandbox.slow-delay and sandbox.base-latency must not be negative");
        }
        Objects.requireNonNull(lateDelay, "sandbox.late-delay");
        if (lateDelay.isNegative()) {
            throw new IllegalArgumentException("sandbox.late-delay must not be negative");
        }
        if (flakyFailures < 0) {
            throw new IllegalArgumentException("sandbox.flaky-failures must not be negative");
        }
    }

    /** Never prints the API key, should the properties end up in a log or an error message. */
    @Override
    public String toString() {
        return "SandboxProperties[apiKey=***, slowDelay=%s, baseLatency=%s, flakyFailures=%d, lateDelay=%s]"
                .formatted(slowDelay, baseLatency, flakyFailures, lateDelay);
    }
}
