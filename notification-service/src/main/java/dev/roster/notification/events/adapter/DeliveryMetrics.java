package dev.roster.notification.events.adapter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The counters of what became of enrollment event messages (Prometheus names in brackets):
 * <ul>
 *   <li>{@value #SENT} ({@code roster_notification_emails_sent_total}), tagged {@code type}</li>
 *   <li>{@value #DUPLICATES} ({@code roster_notification_duplicates_skipped_total})</li>
 *   <li>{@value #DEAD_LETTERED} ({@code roster_notification_dead_lettered_total}), tagged {@code reason}: a parse
 *       problem ({@code not_json}, {@code missing_field}, {@code invalid_field}, {@code unknown_type},
 *       {@code unsupported_schema_version}) or {@code delivery_limit}</li>
 *   <li>{@value #RETRIED} ({@code roster_notification_retried_total}): sent to the retry queue</li>
 *   <li>{@value #NO_CONTACT} ({@code roster_notification_no_contact_total}): the learner was unknown</li>
 * </ul>
 */
class DeliveryMetrics {

    static final String SENT = "roster.notification.emails.sent";
    static final String DUPLICATES = "roster.notification.duplicates.skipped";
    static final String DEAD_LETTERED = "roster.notification.dead.lettered";
    static final String RETRIED = "roster.notification.retried";
    static final String NO_CONTACT = "roster.notification.no.contact";

    private final MeterRegistry meters;

    DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void sent(String type) {
        Counter.builder(SENT).description("emails handed to the mail server").tag("type", type)
                .register(meters).increment();
    }

    void duplicateSkipped() {
        Counter.builder(DUPLICATES).description("events delivered again after they had been processed")
                .register(meters).increment();
    }

    void deadLettered(String reason) {
        Counter.builder(DEAD_LETTERED).description("messages rejected to the dead-letter queue").tag("reason", reason)
                .register(meters).increment();
    }

    void retried() {
        Counter.builder(RETRIED).description("events sent to the retry queue after a temporary failure")
                .register(meters).increment();
    }

    void noContact() {
        Counter.builder(NO_CONTACT).description("events for learners enrollment-service does not know")
                .register(meters).increment();
    }
}
