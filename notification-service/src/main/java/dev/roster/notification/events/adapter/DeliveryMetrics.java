package dev.roster.notification.events.adapter;

import dev.roster.notification.delivery.domain.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counters of what became of enrollment event messages (Prometheus names in brackets):
 * <ul>
 *   <li>{@value #SENT} ({@code roster_notification_emails_sent_total}), tagged {@code type}</li>
 *   <li>{@value #DUPLICATES} ({@code roster_notification_duplicates_skipped_total})</li>
 *   <li>{@value #DEAD_LETTERED} ({@code roster_notification_dead_lettered_total}), tagged {@code reason}: a parse
 *       problem ({@code not_json}, {@code missing_field}, {@code invalid_field}, {@code unknown_type},
 *       {@code unsupported_schema_version}) or {@value #DELIVERY_LIMIT}</li>
 *   <li>{@value #RETRIED} ({@code roster_notification_retried_total}): sent to the retry queue</li>
 *   <li>{@value #NO_CONTACT} ({@code roster_notification_no_contact_total}): the learner was unknown</li>
 * </ul>
 * Every series (each type, each reason) is registered when the service starts, at 0, so a rate or an
 * alert on it has a series before the first message.
 */
class DeliveryMetrics {

    static final String SENT = "roster.notification.emails.sent";
    static final String DUPLICATES = "roster.notification.duplicates.skipped";
    static final String DEAD_LETTERED = "roster.notification.dead.lettered";
    static final String RETRIED = "roster.notification.retried";
    static final String NO_CONTACT = "roster.notification.no.contact";
    static final String DELIVERY_LIMIT = "delivery_limit";

    private final Map<EventType, Counter> sent = new EnumMap<>(EventType.class);
    private final Map<ParsedMessage.Problem, Counter> deadLettered = new EnumMap<>(ParsedMessage.Problem.class);
    private final Counter deadLetteredAtTheLimit;
    private final Counter duplicates;
    private final Counter retried;
    private final Counter noContact;

    DeliveryMetrics(MeterRegistry meters) {
        for (EventType type : EventType.values()) {
            sent.put(type, Counter.builder(SENT).description("emails handed to the mail server")
                    .tag("type", type.wireName()).register(meters));
        }
        for (ParsedMessage.Problem problem : ParsedMessage.Problem.values()) {
            deadLettered.put(problem, deadLetteredCounter(problem.tag(), meters));
        }
        deadLetteredAtTheLimit = deadLetteredCounter(DELIVERY_LIMIT, meters);
        duplicates = Counter.builder(DUPLICATES).description("events delivered again after they had been processed")
                .register(meters);
        retried = Counter.builder(RETRIED).description("events sent to the retry queue after a temporary failure")
                .register(meters);
        noContact = Counter.builder(NO_CONTACT).description("events for learners enrollment-service does not know")
                .register(meters);
    }

    private static Counter deadLetteredCounter(String reason, MeterRegistry meters) {
        return Counter.builder(DEAD_LETTERED).description("messages rejected to the dead-letter queue")
                .tag("reason", reason).register(meters);
    }

    void sent(EventType type) {
        sent.get(type).increment();
    }

    void duplicateSkipped() {
        duplicates.increment();
    }

    /** A message that can never be handled as it is. */
    void deadLettered(ParsedMessage.Problem problem) {
        deadLettered.get(problem).increment();
    }

    /** A message whose deliveries failed unexpectedly as often as the delivery limit allows. */
    void deadLetteredAtTheDeliveryLimit() {
        deadLetteredAtTheLimit.increment();
    }

    void retried() {
        retried.increment();
    }

    void noContact() {
        noContact.increment();
    }
}
