package dev.roster.enrollment.outbox.application;

import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes one event to the broker and waits until the broker has taken responsibility for it
 * (port). Only {@link PublishResult.Confirmed} means the event reached a queue; everything else is
 * a failure, and the event stays in the outbox.
 */
public interface EventPublisher {

    PublishResult publish(OutboxEvent event);

    /**
     * Publishes events in order and reports each, in order, up to and including the first that was not confirmed
     * (events after it may or may not have reached the broker; they are not reported). An implementation may send
     * them all before waiting for the confirms, so one round of waiting serves the batch. This default publishes
     * one at a time; a publish that throws is a broker failure.
     */
    default List<PublishResult> publishAll(List<OutboxEvent> events) {
        List<PublishResult> results = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            PublishResult result;
            try {
                result = publish(event);
            } catch (RuntimeException e) {
                result = PublishResult.failed(FailureReason.BROKER_ERROR,
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            results.add(result);
            if (!(result instanceof PublishResult.Confirmed)) {
                break;
            }
        }
        return results;
    }
}
