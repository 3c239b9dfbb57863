package dev.roster.enrollment.outbox.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the outbox as the relay sees it: an event some transaction committed, waiting to be
 * published.
 *
 * @param id            the event id; the message id consumers deduplicate by
 * @param type          the event type, e.g. {@code EnrollmentConfirmed}
 * @param schemaVersion the version of the payload's format
 * @param occurredAt    when the state change the event announces happened
 * @param payload       the JSON text as stored; published byte for byte (UTF-8)
 * @param traceparent   the W3C trace context of the transaction that wrote the event, which the message
 *                      carries on so the consumer continues that trace; null for an event written outside
 *                      any trace (or before the outbox kept it)
 */
public record OutboxEvent(UUID id, String type, int schemaVersion, Instant occurredAt, String payload,
                          String traceparent) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event written outside any trace. */
    public OutboxEvent(UUID id, String type, int schemaVersion, Instant occurredAt, String payload) {
        this(id, type, schemaVersion, occurredAt, payload, null);
    }

    /** The trace the event belongs to, if it was written inside one. */
    public Optional<String> traceContext() {
        return Optional.ofNullable(traceparent);
    }
}
