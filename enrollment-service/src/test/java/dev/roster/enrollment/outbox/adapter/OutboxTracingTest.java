package dev.roster.enrollment.outbox.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Where tracing is off (the no-op tracer and propagator), the outbox stores no context of its own, and a row
 * that has one (written while tracing was on) still hands it on unchanged. With tracing on, the trace is
 * followed through the real service by {@code PurchaseTraceIT}.
 */
class OutboxTracingTest {

    private static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void storesNoContextWhereTracingIsOff() {
        assertThat(OutboxTracing.NONE.currentTraceparent()).isNull();
    }

    @Test
    void handsTheStoredContextOnUnchangedWhereTracingIsOff() {
        Map<String, String> headers = OutboxTracing.NONE.publishInTraceOf(event(STORED), "roster.enrollment",
                traceHeaders -> traceHeaders);

        assertThat(headers).containsExactly(Map.entry("traceparent", STORED));
    }

    @Test
    void publishesAnEventWithoutAContextWithoutTraceHeaders() {
        Map<String, String> headers = OutboxTracing.NONE.publishInTraceOf(event(null), "roster.enrollment",
                traceHeaders -> traceHeaders);

        assertThat(headers).isEmpty();
    }

    @Test
    void putsTheStoredContextOnTheMessageOfItsEvent() {
        assertThat(AmqpEventPublisher.messageOf(event(STORED)).getMessageProperties().<String>getHeader("traceparent"))
                .isEqualTo(STORED);
        assertThat(AmqpEventPublisher.messageOf(event(null)).getMessageProperties().getHeaders())
                .doesNotContainKey("traceparent");
    }

    private static OutboxEvent event(String traceparent) {
        return new OutboxEvent(UUID.fromString("0199a5e2-7c4e-7d1a-9f3b-2c5d8e1f4a60"), "EnrollmentConfirmed", 1,
                Instant.parse("2026-11-21T10:00:00Z"), "{}", traceparent);
    }
}
