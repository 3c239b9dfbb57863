package dev.roster.notification.events.adapter;

import com.rabbitmq.client.Channel;
import dev.roster.notification.delivery.application.DeliverNotification;
import dev.roster.notification.delivery.application.DeliveryOutcome;
import dev.roster.notification.delivery.domain.EnrollmentEvent;
import dev.roster.notification.events.adapter.ParsedMessage.Accepted;
import dev.roster.notification.events.adapter.ParsedMessage.Rejected;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * Consumes the enrollment event queue with manual acknowledgements: every message is acked,
 * rejected or requeued here, explicitly, after the delivery's transaction has ended.
 *
 * <table>
 *   <caption>What happens to a message</caption>
 *   <tr><th>case</th><th>broker</th><th>log</th></tr>
 *   <tr><td>not a valid event (bad JSON, a missing or invalid field, an unknown type, another schema
 *       version)</td><td>rejected without requeue: dead-lettered at once, never blocks the queue</td>
 *       <td>one WARN with the reason</td></tr>
 *   <tr><td>email sent; or the event was processed before; or the learner is unknown</td><td>ack</td>
 *       <td>INFO (event id, recipient's domain only); INFO; WARN</td></tr>
 *   <tr><td>a dependency is temporarily unavailable</td><td>a confirmed copy goes to the retry queue,
 *       then ack: the delivery limit is not touched, the event is never dropped</td><td>WARN</td></tr>
 *   <tr><td>anything unexpected</td><td>nack with requeue, counted by the quorum queue; once the
 *       delivery limit is reached, rejected: dead-lettered</td><td>ERROR</td></tr>
 * </table>
 */
class EnrollmentEventListener implements ChannelAwareMessageListener {

    private static final Logger log = LoggerFactory.getLogger(EnrollmentEventListener.class);

    /** Set by quorum queues on a redelivery: how often the message was returned before. */
    static final String DELIVERY_COUNT_HEADER = "x-delivery-count";

    private final EventMessageParser parser;
    private final DeliverNotification delivery;
    private final RetryQueue retryQueue;
    private final DeliveryMetrics metrics;
    private final int deliveryLimit;
    private final Duration retryDelay;

    EnrollmentEventListener(EventMessageParser parser, DeliverNotification delivery, RetryQueue retryQueue,
                            DeliveryMetrics metrics, int deliveryLimit, Duration retryDelay) {
        this.parser = parser;
        this.delivery = delivery;
        this.retryQueue = retryQueue;
        this.metrics = metrics;
        this.deliveryLimit = deliveryLimit;
        this.retryDelay = retryDelay;
    }

    @Override
    public void onMessage(Message message, Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        switch (parser.parse(message.getBody())) {
            case Rejected rejected -> {
                log.warn("Dead-lettering message {} (routing key {}): {}", message.getMessageProperties().getMessageId(),
                        RetryQueue.originalRoutingKeyOf(message), rejected.detail());
                metrics.deadLettered(rejected.problem());
                channel.basicReject(tag, false);
            }
            case Accepted accepted -> deliver(accepted.event(), message, channel, tag);
        }
    }

    private void deliver(EnrollmentEvent event, Message message, Channel channel, long tag) throws IOException {
        DeliveryOutcome outcome;
        try {
            outcome = delivery.deliver(event);
        } catch (RuntimeException e) {
            failedUnexpectedly(event, message, channel, tag, e);
            return;
        }
        switch (outcome) {
            case DeliveryOutcome.Sent sent -> {
                log.info("Sent the {} email for event {} to a recipient at {}", event.type().wireName(),
                        event.eventId(), sent.email().recipientDomain());
                metrics.sent(event.type());
                channel.basicAck(tag, false);
            }
            case DeliveryOutcome.AlreadyProcessed ignored -> {
                log.info("Event {} was processed before; nothing sent", event.eventId());
                metrics.duplicateSkipped();
                channel.basicAck(tag, false);
            }
            case DeliveryOutcome.NoContact ignored -> {
                log.warn("enrollment-service does not know learner {}; event {} recorded as processed, no email sent",
                        event.learnerId(), event.eventId());
                metrics.noContact();
                channel.basicAck(tag, false);
            }
            case DeliveryOutcome.RetryLater retryLater -> retryLater(event, message, channel, tag, retryLater.reason());
        }
    }

    private void retryLater(EnrollmentEvent event, Message message, Channel channel, long tag, String reason)
            throws IOException {
        int retry = RetryQueue.retriesOf(message) + 1;
        try {
            retryQueue.republish(message, retry);
        } catch (RuntimeException e) {
            log.error("Event {} failed temporarily ({}) and could not be put into the retry queue; requeued",
                    event.eventId(), reason, e);
            channel.basicNack(tag, false, true);
            return;
        }
        log.warn("Event {} failed temporarily, retry {} in {}: {}", event.eventId(), retry, retryDelay, reason);
        metrics.retried();
        channel.basicAck(tag, false);
    }

    private void failedUnexpectedly(EnrollmentEvent event, Message message, Channel channel, long tag,
                                    RuntimeException e) throws IOException {
        int returned = message.getMessageProperties().getHeader(DELIVERY_COUNT_HEADER) instanceof Number count
                ? count.intValue() : 0;
        if (returned >= deliveryLimit) {
            log.error("Dead-lettering event {} after {} failed deliveries", event.eventId(), returned + 1, e);
            metrics.deadLetteredAtTheDeliveryLimit();
            channel.basicReject(tag, false);
        } else {
            log.error("Delivery {} of event {} failed; requeued (dead-lettered after {})", returned + 1,
                    event.eventId(), deliveryLimit + 1, e);
            channel.basicNack(tag, false, true);
        }
    }
}
