package dev.roster.enrollment.outbox.adapter;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies notification-service's message pacts against what enrollment-service really sends: real
 * domain events, turned into the outbox payload by the real serializer, then into the AMQP message
 * the relay publishes.
 */
@Provider("enrollment-service-events")
@PactFolder("../contracts/pacts")
@Guards(Risk.EVENT_SCHEMA_DRIFT)
class EnrollmentEventsPactIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void messages(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void sendsWhatTheConsumerExpects(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @PactVerifyProvider("an EnrollmentConfirmed event")
    MessageAndMetadata confirmed() {
        return asPublished(new EnrollmentEvent.EnrollmentConfirmed(UUID.randomUUID(),
                Instant.parse("2026-11-21T10:00:00.123456Z"), new EnrollmentId(UUID.randomUUID()), UUID.randomUUID(),
                UUID.randomUUID(), "PostgreSQL for application developers", Money.of(129_00, "EUR")));
    }

    @PactVerifyProvider("an EnrollmentCancelled event")
    MessageAndMetadata cancelled() {
        return asPublished(new EnrollmentEvent.EnrollmentCancelled(UUID.randomUUID(),
                Instant.parse("2026-11-21T11:00:00Z"), new EnrollmentId(UUID.randomUUID()), UUID.randomUUID(),
                UUID.randomUUID(), "PostgreSQL for application developers", Money.of(129_00, "EUR")));
    }

    private static MessageAndMetadata asPublished(EnrollmentEvent event) {
        String payload = JSON.writeValueAsString(OutboxEnrollmentEvents.payloadOf(event));
        OutboxEvent stored = new OutboxEvent(event.eventId(), event.type(), EnrollmentEvent.SCHEMA_VERSION,
                event.occurredAt(), payload);
        Message message = AmqpEventPublisher.messageOf(stored);
        return new MessageAndMetadata(message.getBody(), Map.of(
                "contentType", message.getMessageProperties().getContentType(),
                "type", message.getMessageProperties().getType(),
                "messageId", message.getMessageProperties().getMessageId(),
                "routingKey", AmqpEventPublisher.ROUTING_KEYS.get(event.type())));
    }
}
