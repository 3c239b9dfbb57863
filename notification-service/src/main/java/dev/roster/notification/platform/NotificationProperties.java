package dev.roster.notification.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * notification-service's settings, {@code roster.notification.*}.
 *
 * @param enrollmentServiceUrl where enrollment-service's API is ({@code GET /api/v1/learners/{id}})
 * @param serviceToken         the credential presented to enrollment-service as {@code Authorization: Bearer ...};
 *                             must equal enrollment-service's {@code roster.service-token}. Required: the service
 *                             refuses to start without it. Never logged
 * @param connectTimeout       to open a connection to enrollment-service
 * @param readTimeout          per request to enrollment-service
 * @param contactAttempts      quick attempts per contact lookup, the first one included, before the event goes to the
 *                             retry queue
 * @param contactRetryDelay    the wait between those quick attempts
 * @param contactCacheTtl      how long a learner's contact, once found, is used without asking enrollment-service again
 *                             (a learner's email address cannot change today; this bounds the staleness should it)
 * @param contactCacheSize     contacts kept at most; the least recently used go first
 * @param retryDelay           how long an event waits in the retry queue after a temporary failure (the retry queue's
 *                             {@code x-message-ttl}; changing it needs the empty retry queue deleted, RabbitMQ refuses
 *                             to redeclare a queue with other arguments)
 * @param mailFrom             the {@code From} of every email
 * @param embeddedSmtp         the local run: start an embedded SMTP server (GreenMail) that keeps every email, send to it,
 *                             and show the emails at {@code GET /captured-mail}
 * @param embeddedSmtpPort     the embedded SMTP server's port on 127.0.0.1; 0 picks a free one
 * @param messaging            the names of the exchanges and queues, and the consumers
 */
@Validated
@ConfigurationProperties("roster.notification")
public record NotificationProperties(
        @DefaultValue("http://127.0.0.1:8080") URI enrollmentServiceUrl,
        @DefaultValue("") String serviceToken,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        @DefaultValue("3") int contactAttempts,
        @DefaultValue("200ms") Duration contactRetryDelay,
        @DefaultValue("5m") Duration contactCacheTtl,
        @DefaultValue("10000") @Min(1) int contactCacheSize,
        @DefaultValue("5s") Duration retryDelay,
        @DefaultValue("Roster <no-reply@roster.local>") @NotBlank String mailFrom,
        @DefaultValue("false") boolean embeddedSmtp,
        @DefaultValue("3025") @Min(0) @Max(65_535) int embeddedSmtpPort,
        @DefaultValue @Valid Messaging messaging) {

    public NotificationProperties {
        Objects.requireNonNull(enrollmentServiceUrl, "enrollmentServiceUrl");
        if (serviceToken == null || serviceToken.isBlank()) {
            throw new IllegalArgumentException("roster.notification.service-token is not set. notification-service "
                    + "presents it to enrollment-service to read learners' email addresses, and it must equal "
                    + "enrollment-service's roster.service-token. Set ROSTER_NOTIFICATION_SERVICE_TOKEN, or run with "
                    + "--spring.profiles.active=local for the local run's token.");
        }
        requirePositive("connect-timeout", connectTimeout);
        requirePositive("read-timeout", readTimeout);
        requirePositive("contact-retry-delay", contactRetryDelay);
        requirePositive("contact-cache-ttl", contactCacheTtl);
        if (contactCacheSize < 1) {
            throw new IllegalArgumentException(
                    "roster.notification.contact-cache-size must be at least 1, was " + contactCacheSize);
        }
        requirePositive("retry-delay", retryDelay);
        if (contactAttempts < 1) {
            throw new IllegalArgumentException(
                    "roster.notification.contact-attempts must be at least 1, was " + contactAttempts);
        }
        if (retryDelay.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("roster.notification.retry-delay is too long: " + retryDelay);
        }
        Objects.requireNonNull(mailFrom, "mailFrom");
        Objects.requireNonNull(messaging, "messaging");
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("roster.notification." + name + " must be positive, was " + value);
        }
    }

    /** Leaves the token out, so logging the settings (or a binding failure) cannot leak it. */
    @Override
    public String toString() {
        return "NotificationProperties[enrollmentServiceUrl=" + enrollmentServiceUrl + ", serviceToken=***"
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", contactAttempts="
                + contactAttempts + ", contactRetryDelay=" + contactRetryDelay + ", contactCacheTtl=" + contactCacheTtl
                + ", contactCacheSize=" + contactCacheSize + ", retryDelay=" + retryDelay
                + ", mailFrom=" + mailFrom + ", embeddedSmtp=" + embeddedSmtp + ", embeddedSmtpPort="
                + embeddedSmtpPort + ", messaging=" + messaging + "]";
    }

    /**
     * The RabbitMQ topology this service declares (tests give every run names of its own).
     *
     * @param exchange           enrollment-service's topic exchange for enrollment events
     * @param queue              this service's quorum queue, bound with {@code enrollment.*}
     * @param deadLetterExchange where the queue dead-letters (fanout)
     * @param deadLetterQueue    the messages no attempt will deliver, kept for a person to look at
     * @param retryQueue         where temporarily failed events wait {@code retry-delay} before returning to the queue
     * @param deliveryLimit      deliveries of one message that failed unexpectedly (or whose consumer died) before
     *                           it is dead-lettered; temporary failures go through the retry queue and do not count
     * @param consumers          concurrent consumers in this instance. Each delivery mostly waits (the contact lookup,
     *                           SMTP), so 16 keep up with the purchase load test's rate where 2 fell minutes behind;
     *                           each holds a database connection while it delivers (the pool has 20)
     * @param prefetch           unacknowledged messages per consumer
     */
    public record Messaging(
            @DefaultValue("roster.enrollment") @NotBlank String exchange,
            @DefaultValue("notification.enrollment-events") @NotBlank String queue,
            @DefaultValue("roster.enrollment.dlx") String deadLetterExchange,
            @DefaultValue("notification.enrollment-events.dlq") String deadLetterQueue,
            @DefaultValue("notification.enrollment-events.retry") String retryQueue,
            @DefaultValue("5") int deliveryLimit,
            @DefaultValue("16") int consumers,
            @DefaultValue("10") int prefetch) {

        public Messaging {
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(deadLetterExchange, "deadLetterExchange");
            Objects.requireNonNull(deadLetterQueue, "deadLetterQueue");
            Objects.requireNonNull(retryQueue, "retryQueue");
            if (deliveryLimit < 1 || consumers < 1 || prefetch < 1) {
                throw new IllegalArgumentException("roster.notification.messaging: delivery-limit, consumers and "
                        + "prefetch must be at least 1, were " + deliveryLimit + ", " + consumers + ", " + prefetch);
            }
        }
    }
}
