package dev.roster.enrollment.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The retention purges of enrollment-service, {@code roster.retention.*}. Each purge belongs to the
 * feature that owns its table (the outbox's published events, identity's login failures) and runs on
 * every instance: the purges claim their rows with {@code SKIP LOCKED}, so instances share the work.
 *
 * @param enabled               whether this instance runs the retention purges
 * @param interval              the pause between two runs of each purge (also the delay of the first run after
 *                              start)
 * @param batchSize             rows deleted per batch; each batch is a transaction of its own, so a large backlog
 *                              never holds locks for long
 * @param publishedOutboxEvents how long an outbox event is kept after it was published. An unpublished event is
 *                              never purged, whatever its age. Default 7 days: a published event is a copy of what
 *                              the broker delivered, kept only to trace a delivery problem found after a weekend
 * @param loginFailures         how long a failed log-in (email and client address) is kept. Never shorter than
 *                              the login throttle's window (15 minutes), inside which every failure still counts.
 *                              Default 1 day: personal data kept no longer than an operator needs to look at
 *                              yesterday's attack
 */
@Validated
@ConfigurationProperties("roster.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") @NotNull @DurationMin(minutes = 1) Duration interval,
        @DefaultValue("1000") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("7d") @NotNull @DurationMin(hours = 1) Duration publishedOutboxEvents,
        @DefaultValue("1d") @NotNull @DurationMin(minutes = 15) Duration loginFailures) {
}
