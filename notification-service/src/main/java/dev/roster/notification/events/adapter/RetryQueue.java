package dev.roster.notification.events.adapter;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Puts a copy of a message into the retry queue, where it waits {@code retry-delay} and is then
 * dead-lettered straight back into this service's queue. The copy keeps the body, the message id,
 * the type and the headers, and counts the retries in {@value #RETRY_HEADER}.
 *
 * <p>The publish is confirmed by the broker (publisher confirms, mandatory): only then may the
 * original be acknowledged. A copy the broker did not take throws, and the original is requeued
 * instead, so a message is never lost between the two.
 */
class RetryQueue {

    /** How many times the event has been through the retry queue. */
    static final String RETRY_HEADER = "x-roster-retry";
    /** The routing key the event was first published with. */
    static final String ORIGINAL_ROUTING_KEY_HEADER = "x-roster-original-routing-key";

    private static final long CONFIRM_TIMEOUT_SECONDS = 10;

    private final RabbitTemplate template;
    private final String retryQueue;

    RetryQueue(RabbitTemplate template, String retryQueue) {
        this.template = template;
        this.retryQueue = retryQueue;
    }

    /** How many times this message has been through the retry queue already. */
    static int retriesOf(Message message) {
        return message.getMessageProperties().getHeader(RETRY_HEADER) instanceof Number retries
                ? retries.intValue() : 0;
    }

    static String originalRoutingKeyOf(Message message) {
        Object original = message.getMessageProperties().getHeader(ORIGINAL_ROUTING_KEY_HEADER);
        return original != null ? original.toString() : message.getMessageProperties().getReceivedRoutingKey();
    }

    /**
     * @throws AmqpException when the broker did not confirm the copy
     */
    void republish(Message message, int retry) {
        Message copy = MessageBuilder.fromClonedMessage(message).build();
        MessageProperties properties = copy.getMessageProperties();
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.getHeaders().keySet().removeIf(RetryQueue::isBrokerHeader);
        properties.setHeader(RETRY_HEADER, retry);
        properties.setHeader(ORIGINAL_ROUTING_KEY_HEADER, originalRoutingKeyOf(message));
        CorrelationData correlation = new CorrelationData(UUID.randomUUID().toString());
        template.send("", retryQueue, copy, correlation);
        CorrelationData.Confirm confirm;
        try {
            confirm = correlation.getFuture().get(CONFIRM_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmqpException("interrupted while waiting for the broker to confirm the retry copy", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AmqpException("the broker did not confirm the retry copy: " + e, e);
        }
        if (!confirm.ack()) {
            throw new AmqpException("the broker refused the retry copy: " + confirm.reason());
        }
        if (correlation.getReturned() != null) {
            throw new AmqpException("the retry copy could not be routed: is the queue " + retryQueue + " missing? "
                    + correlation.getReturned().getReplyText());
        }
    }

    /** Headers the broker sets on dead-lettering and redelivery: the copy starts afresh. */
    private static boolean isBrokerHeader(String name) {
        return name.equals("x-death") || name.startsWith("x-first-death-") || name.startsWith("x-last-death-")
                || name.equals("x-delivery-count");
    }
}
