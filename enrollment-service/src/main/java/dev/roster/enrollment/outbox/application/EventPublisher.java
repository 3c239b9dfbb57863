package dev.roster.enrollment.outbox.application;

import dev.roster.enrollment.outbox.domain.OutboxEvent;

/**
 * Publishes one event to the broker and waits until the broker has taken responsibility for it
 * (port). Only {@link PublishResult.Confirmed} means the event reached a queue; everything else is
 * a failure, and the event stays in the outbox.
 */
public interface EventPublisher {

    PublishResult publish(OutboxEvent event);
}
