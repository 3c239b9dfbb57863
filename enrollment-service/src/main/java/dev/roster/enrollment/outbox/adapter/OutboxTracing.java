package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Carries a purchase's trace across the outbox, which the relay publishes later on a thread of its own:
 * the W3C {@code traceparent} of the transaction that writes an event is stored with it, and the publish
 * of that event runs in a producer span whose parent is the stored context, so the message's
 * {@code traceparent} continues the purchase's trace (docs/events.md).
 *
 * <p>Through Micrometer Tracing's {@link Tracer} and {@link Propagator} (Spring Boot's, OpenTelemetry
 * underneath, W3C propagation); where tracing is off they are the no-op ones, nothing is stored and the
 * stored context of older rows still travels unchanged. Observation cannot do this: it continues a trace
 * from the current thread or from an incoming carrier, and the row is neither.
 */
final class OutboxTracing {

    /** The W3C trace context header (and outbox column). */
    static final String TRACEPARENT = "traceparent";

    /** For tests and contexts without tracing: stores nothing, opens no span. */
    static final OutboxTracing NONE = new OutboxTracing(Tracer.NOOP, Propagator.NOOP);

    private final Tracer tracer;
    private final Propagator propagator;

    OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.propagator = Objects.requireNonNull(propagator, "propagator");
    }

    /** The {@code traceparent} of the span current on this thread; null outside any trace. */
    String currentTraceparent() {
        TraceContext current = tracer.currentTraceContext().context();
        if (current == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(current, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Publishes one event inside a producer span that continues the event's trace. {@code publish} gets
     * the trace headers the message carries: the span's own context, or, where tracing is off, the
     * stored one as it is. An event without a trace is published as it is, in no span.
     */
    <T> T publishInTraceOf(OutboxEvent event, String exchange, Function<Map<String, String>, T> publish) {
        if (event.traceContext().isEmpty()) {
            return publish.apply(Map.of());
        }
        String stored = event.traceContext().get();
        Span span = propagator.extract(Map.of(TRACEPARENT, stored), Map::get)
                .name("publish " + exchange)
                .kind(Span.Kind.PRODUCER)
                .tag("messaging.system", "rabbitmq")
                .tag("messaging.destination.name", exchange)
                .tag("messaging.message.id", event.id().toString())
                .start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            Map<String, String> headers = new HashMap<>();
            propagator.inject(span.context(), headers, Map::put);
            headers.putIfAbsent(TRACEPARENT, stored);
            return publish.apply(headers);
        } finally {
            span.end();
        }
    }
}
