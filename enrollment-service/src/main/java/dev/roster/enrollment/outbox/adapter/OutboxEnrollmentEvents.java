package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes enrollment events to the outbox table in the caller's transaction, so an event exists if
 * and only if its state change committed, each with the W3C trace context it was written in
 * ({@link OutboxTracing}). Publishing them to the broker is the relay's job; it is woken once the
 * transaction commits ({@link RelaySignal}).
 */
@Component
class OutboxEnrollmentEvents implements EnrollmentEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OutboxTracing tracing;
    private final RelaySignal relaySignal;

    OutboxEnrollmentEvents(JdbcClient jdbc, JsonMapper json, OutboxTracing tracing, RelaySignal relaySignal) {
        this.jdbc = jdbc;
        this.json = json;
        this.tracing = tracing;
        this.relaySignal = relaySignal;
    }

    @Override
    public void record(EnrollmentEvent event) {
        jdbc.sql("""
                        INSERT INTO outbox_event (id, aggregate_id, type, schema_version, occurred_at, payload, traceparent)
                        VALUES (:id, :aggregateId, :type, :schemaVersion, :occurredAt, CAST(:payload AS jsonb),
                                :traceparent)""")
                .param("id", event.eventId())
                .param("aggregateId", event.enrollmentId().value())
                .param("type", event.type())
                .param("schemaVersion", EnrollmentEvent.SCHEMA_VERSION)
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .param("payload", json.writeValueAsString(payloadOf(event)))
                // the trace of the request (or job) that made the change; the relay continues it
                .param("traceparent", tracing.currentTraceparent(), Types.VARCHAR)
                .update();
        // the relay publishes it right after the commit instead of at its next poll
        relaySignal.afterCommit();
    }

    static Map<String, Object> payloadOf(EnrollmentEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", event.eventId().toString());
        payload.put("type", event.type());
        payload.put("schemaVersion", EnrollmentEvent.SCHEMA_VERSION);
        payload.put("occurredAt", event.occurredAt().toString());
        payload.put("enrollmentId", event.enrollmentId().toString());
        payload.put("learnerId", event.learnerId().toString());
        payload.put("courseId", event.courseId().toString());
        payload.put("courseTitle", event.courseTitle());
        payload.put("amount", event.amount().toDecimal().toPlainString());
        payload.put("currency", event.amount().currency().getCurrencyCode());
        return payload;
    }
}
