package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.application.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Gauges of what waits in the outbox, read from the table when scraped (one indexed count), so they
 * are right on every instance, relay running or not:
 * <ul>
 *   <li>{@value #BACKLOG}: unpublished events;</li>
 *   <li>{@value #OLDEST_AGE}: seconds since the oldest unpublished event occurred, 0 when none waits.
 *       Alert on this one: it grows when the broker or the consumer's queue is missing.</li>
 * </ul>
 * Both are NaN while the database cannot answer.
 */
final class OutboxMeters implements MeterBinder {

    static final String BACKLOG = "roster.outbox.backlog";
    static final String OLDEST_AGE = "roster.outbox.oldest.age";

    private static final Logger log = LoggerFactory.getLogger(OutboxMeters.class);

    private final Outbox outbox;
    private final Clock clock;

    OutboxMeters(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(BACKLOG, this, OutboxMeters::backlog)
                .description("Outbox events not yet published to the broker")
                .strongReference(true)
                .register(registry);
        Gauge.builder(OLDEST_AGE, this, OutboxMeters::oldestAgeSeconds)
                .description("Seconds since the oldest unpublished outbox event occurred; 0 when none waits")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    double backlog() {
        try {
            return outbox.backlog().events();
        } catch (DataAccessException e) {
            log.debug("Outbox backlog unavailable: {}", e.getMessage());
            return Double.NaN;
        }
    }

    double oldestAgeSeconds() {
        try {
            return outbox.backlog().oldestOccurredAt()
                    .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis()) / 1000.0)
                    .orElse(0.0);
        } catch (DataAccessException e) {
            log.debug("Outbox backlog unavailable: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
