package dev.roster.notification.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * notification-service's retention purges, {@code roster.notification.retention.*}. They run on every
 * instance and claim their rows with {@code SKIP LOCKED}, so instances share the work.
 *
 * @param enabled           whether this instance runs the retention purges
 * @param interval          the pause between two runs of the purge (also the delay of the first run after start)
 * @param batchSize         rows deleted per batch; each batch is a transaction of its own
 * @param processedMessages how long the record of a handled event is kept: the deduplication memory. An event
 *                          delivered again later than this after it was first handled is not recognised and sends a
 *                          second email, so it must exceed the longest a message can come back (a redelivery after a
 *                          failure comes within seconds; a message kept in a queue during an outage, or moved back
 *                          from the dead-letter queue by an operator, can take days). At least 1 day; default 30 days.
 *                          A record whose email is still kept stays until that email is purged too
 * @param sentEmails        how long the record of a sent email (recipient, subject, message id) is kept. Default 30
 *                          days: long enough to answer "did my confirmation go out?", no longer, since it holds an
 *                          email address
 */
@Validated
@ConfigurationProperties("roster.notification.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") @NotNull @DurationMin(minutes = 1) Duration interval,
        @DefaultValue("1000") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("30d") @NotNull @DurationMin(days = 1) Duration processedMessages,
        @DefaultValue("30d") @NotNull @DurationMin(hours = 1) Duration sentEmails) {
}
