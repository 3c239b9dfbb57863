package dev.roster.enrollment.outbox.adapter;

import static dev.roster.enrollment.platform.SettingChecks.requirePositive;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay, configured by {@code roster.outbox.*}. The broker itself is {@code spring.rabbitmq.*}.
 *
 * @param relayEnabled   whether this instance runs the relay (every instance may: they share the work)
 * @param pollInterval   the pause after a run that found less than a full batch
 * @param batchSize      events claimed and published per run (one transaction)
 * @param initialBackoff the pause after a failed run; it doubles with each further failed run
 * @param maxBackoff     the longest pause after failed runs
 * @param confirmTimeout how long to wait for the broker's confirm of one message
 * @param exchange       the topic exchange events are published to
 */
@Validated
@ConfigurationProperties("roster.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("100") @Min(1) int batchSize,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("5s") Duration confirmTimeout,
        @DefaultValue("roster.enrollment") @NotBlank String exchange) {

    public OutboxProperties {
        requirePositive("roster.outbox.poll-interval", pollInterval);
        requirePositive("roster.outbox.initial-backoff", initialBackoff);
        requirePositive("roster.outbox.max-backoff", maxBackoff);
        requirePositive("roster.outbox.confirm-timeout", confirmTimeout);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("roster.outbox.max-backoff (" + maxBackoff
                    + ") must not be shorter than roster.outbox.initial-backoff (" + initialBackoff + ")");
        }
    }
}
