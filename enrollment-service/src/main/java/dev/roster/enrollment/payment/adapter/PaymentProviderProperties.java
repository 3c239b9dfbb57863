package dev.roster.enrollment.payment.adapter;

import static dev.roster.enrollment.platform.SettingChecks.requireAtLeastOne;
import static dev.roster.enrollment.platform.SettingChecks.requirePositive;

import java.net.URI;
import java.time.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach the payment provider, and how long Roster is willing to wait for it.
 *
 * @param baseUrl            the provider's API root
 * @param apiKey             the secret API key, sent as {@code Authorization: Bearer ...}; never logged
 * @param connectTimeout     to open a connection
 * @param readTimeout        per attempt, from sending the request to the response
 * @param maxAttempts        attempts per call, the first one included
 * @param initialBackoff     the cap of the wait before the first retry; it doubles for each further retry
 * @param maxBackoff         the largest cap of a wait between attempts
 * @param budget             the total time one call may take: waiting for a permit, every attempt and every
 *                           wait between them. No attempt starts once the budget would be spent; an attempt
 *                           already running may overrun it by at most its read timeout
 * @param maxConcurrentCalls calls in flight to the provider at once (bulkhead); further calls wait for a
 *                           permit within their budget
 */
@Validated
@ConfigurationProperties("roster.payment")
public record PaymentProviderProperties(
        @DefaultValue("http://127.0.0.1:8090") @NotNull URI baseUrl,
        @DefaultValue("sk_test_roster") @NotBlank String apiKey,
        @DefaultValue("500ms") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("100ms") Duration initialBackoff,
        @DefaultValue("1s") Duration maxBackoff,
        @DefaultValue("6s") Duration budget,
        @DefaultValue("32") int maxConcurrentCalls) {

    public PaymentProviderProperties {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        requirePositive("roster.payment.connect-timeout", connectTimeout);
        requirePositive("roster.payment.read-timeout", readTimeout);
        requirePositive("roster.payment.initial-backoff", initialBackoff);
        requirePositive("roster.payment.max-backoff", maxBackoff);
        requirePositive("roster.payment.budget", budget);
        requireAtLeastOne("roster.payment.max-attempts", maxAttempts);
        requireAtLeastOne("roster.payment.max-concurrent-calls", maxConcurrentCalls);
    }

    /** Leaves the API key out, so logging the settings (or a binding failure) cannot leak it. */
    @Override
    public String toString() {
        return "PaymentProviderProperties[baseUrl=" + baseUrl + ", apiKey=***, connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxAttempts=" + maxAttempts + ", initialBackoff="
                + initialBackoff + ", maxBackoff=" + maxBackoff + ", budget=" + budget + ", maxConcurrentCalls="
                + maxConcurrentCalls + "]";
    }
}
