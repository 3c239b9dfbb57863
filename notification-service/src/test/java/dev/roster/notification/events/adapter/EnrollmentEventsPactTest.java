package dev.roster.notification.events.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import dev.roster.notification.delivery.domain.EnrollmentEvent;
import dev.roster.notification.delivery.domain.EventType;
import dev.roster.notification.events.adapter.ParsedMessage.Accepted;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The enrollment event messages notification-service reads, written as a consumer message pact to
 * {@code contracts/pacts/notification-service-enrollment-service-events.json}; enrollment-service's
 * provider test checks that the messages its outbox relay publishes match. Each test feeds the
 * pact's example message to the real parser.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "enrollment-service-events", providerType = ProviderType.ASYNCH,
        pactVersion = PactSpecVersion.V3)
@Guards(Risk.EVENT_SCHEMA_DRIFT)
class EnrollmentEventsPactTest {

    static final String CONSUMER = "notification-service";
    static final String UUID_REGEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** {@code Instant.toString()}: UTC, seconds, and fractions when there are any. */
    static final String INSTANT_REGEX = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";
    static final UUID EVENT_ID = UUID.fromString("0190f0c1-0000-7000-8000-0000000000e1");

    private final EventMessageParser parser = new EventMessageParser();

    @Pact(consumer = CONSUMER)
    MessagePact enrollmentConfirmed(MessagePactBuilder builder) {
        return event(builder, EventType.CONFIRMED, "an EnrollmentConfirmed event");
    }

    @Pact(consumer = CONSUMER)
    MessagePact enrollmentCancelled(MessagePactBuilder builder) {
        return event(builder, EventType.CANCELLED, "an EnrollmentCancelled event");
    }

    @Test
    @PactTestFor(pactMethod = "enrollmentConfirmed")
    void readsTheConfirmedEvent(List<Message> messages) {
        EnrollmentEvent event = parsed(messages);

        assertThat(event.type()).isEqualTo(EventType.CONFIRMED);
        assertThat(event.eventId()).isEqualTo(EVENT_ID);
        assertThat(event.formattedAmount()).isEqualTo("129.00 EUR");
    }

    @Test
    @PactTestFor(pactMethod = "enrollmentCancelled")
    void readsTheCancelledEvent(List<Message> messages) {
        EnrollmentEvent event = parsed(messages);

        assertThat(event.type()).isEqualTo(EventType.CANCELLED);
        assertThat(event.courseTitle()).isEqualTo("PostgreSQL for application developers");
    }

    private EnrollmentEvent parsed(List<Message> messages) {
        assertThat(messages).hasSize(1);
        Message message = messages.getFirst();
        assertThat(message.getMetadata()).containsEntry("contentType", "application/json");
        ParsedMessage parsed = parser.parse(message.contentsAsBytes());
        assertThat(parsed).isInstanceOf(Accepted.class);
        return ((Accepted) parsed).event();
    }

    /**
     * The body is schema version 1 exactly as the module README describes it; the metadata are the
     * AMQP properties and the routing key the consumer relies on.
     */
    private static MessagePact event(MessagePactBuilder builder, EventType type, String description) {
        PactDslJsonBody body = new PactDslJsonBody()
                .uuid("eventId", EVENT_ID)
                .stringValue("type", type.wireName())
                .numberValue("schemaVersion", EnrollmentEvent.SCHEMA_VERSION)
                .stringMatcher("occurredAt", INSTANT_REGEX, "2026-11-21T10:00:00Z")
                .uuid("enrollmentId", UUID.fromString("0190f0c1-0000-7000-8000-0000000000a1"))
                .uuid("learnerId", UUID.fromString("0190f0c1-0000-7000-8000-000000000001"))
                .uuid("courseId", UUID.fromString("0190f0c1-0000-7000-8000-0000000000c1"))
                .stringType("courseTitle", "PostgreSQL for application developers")
                .stringMatcher("amount", "\\d+\\.\\d{2}", "129.00")
                .stringMatcher("currency", "[A-Z]{3}", "EUR");
        return builder
                .expectsToReceive(description)
                .withMetadata(metadata -> metadata
                        .add("contentType", "application/json")
                        .add("type", type.wireName())
                        .add("routingKey", type.routingKey())
                        .matchRegex("messageId", UUID_REGEX, EVENT_ID.toString()))
                .withContent(body)
                .toPact();
    }
}
