package dev.roster.notification.testsupport;

import java.util.List;
import java.util.UUID;

/**
 * Exchange and queue names of one test run, unique so that parallel builds and leftovers of
 * earlier runs never meet on the shared broker.
 */
public record TestTopology(String exchange, String queue, String deadLetterExchange, String deadLetterQueue,
                           String retryQueue) {

    public static TestTopology unique() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new TestTopology(
                "it.roster.enrollment." + suffix,
                "it.notification.enrollment-events." + suffix,
                "it.roster.enrollment.dlx." + suffix,
                "it.notification.enrollment-events.dlq." + suffix,
                "it.notification.enrollment-events.retry." + suffix);
    }

    public List<String> queues() {
        return List.of(queue, deadLetterQueue, retryQueue);
    }

    public List<String> exchanges() {
        return List.of(exchange, deadLetterExchange);
    }

    /** The service's properties that name this topology. */
    public List<String> properties() {
        return List.of(
                "roster.notification.messaging.exchange=" + exchange,
                "roster.notification.messaging.queue=" + queue,
                "roster.notification.messaging.dead-letter-exchange=" + deadLetterExchange,
                "roster.notification.messaging.dead-letter-queue=" + deadLetterQueue,
                "roster.notification.messaging.retry-queue=" + retryQueue);
    }
}
