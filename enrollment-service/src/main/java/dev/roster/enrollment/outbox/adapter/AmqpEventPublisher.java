package dev.roster.enrollment.outbox.adapter;

import com.rabbitmq.client.BuiltinExchangeType;
import dev.roster.enrollment.outbox.application.EventPublisher;
import dev.roster.enrollment.outbox.application.FailureReason;
import dev.roster.enrollment.outbox.application.PublishResult;
import dev.roster.enrollment.outbox.domain.OutboxEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes outbox events to the topic exchange agreed with notification-service (see
 * docs/events.md): a batch is sent, then its confirms are awaited together.
 *
 * <p>The connection factory must have publisher confirms of type {@code CORRELATED} and publisher
 * returns on ({@code spring.rabbitmq.publisher-confirm-type=correlated},
 * {@code spring.rabbitmq.publisher-returns=true}); the constructor refuses one without. The template
 * publishes with {@code mandatory}, so a message no queue is bound for comes back: Spring AMQP puts
 * the returned message on the {@link CorrelationData} before it completes the confirm (RabbitMQ sends
 * {@code basic.return} before {@code basic.ack}), and the confirm of a returned message is a
 * positive ack, so the return is checked first.
 *
 * <p>Unroutable is a failure, on purpose: the only queue is notification-service's, and until it has
 * declared and bound it (a fresh environment, the consumer not yet deployed) a "published" event
 * would be dropped by the broker. Returned, the event stays in the outbox and is delivered once the
 * queue exists; the relay backs off meanwhile. This side declares nothing but the exchange; queues
 * and bindings are the consumer's.
 *
 * <p>An event written inside a trace is published in a producer span continuing it, and its message carries
 * that span's W3C {@code traceparent} header ({@link OutboxTracing}).
 *
 * <p>Spring AMQP adds a header {@code spring_returned_message_correlation} (the event id) to match
 * returns to publishes; consumers ignore it.
 */
final class AmqpEventPublisher implements EventPublisher {

    static final String SCHEMA_VERSION_HEADER = "schema-version";
    static final Map<String, String> ROUTING_KEYS = Map.of(
            "EnrollmentConfirmed", "enrollment.confirmed",
            "EnrollmentCancelled", "enrollment.cancelled");

    private static final Logger log = LoggerFactory.getLogger(AmqpEventPublisher.class);

    private final RabbitTemplate template;
    private final String exchange;
    private final Duration confirmTimeout;
    private final OutboxTracing tracing;
    private volatile boolean exchangeDeclared;

    AmqpEventPublisher(ConnectionFactory connectionFactory, String exchange, Duration confirmTimeout) {
        this(connectionFactory, exchange, confirmTimeout, OutboxTracing.NONE);
    }

    AmqpEventPublisher(ConnectionFactory connectionFactory, String exchange, Duration confirmTimeout,
                       OutboxTracing tracing) {
        Objects.requireNonNull(connectionFactory, "connectionFactory");
        this.tracing = Objects.requireNonNull(tracing, "tracing");
        if (!connectionFactory.isPublisherConfirms() || !connectionFactory.isPublisherReturns()) {
            throw new IllegalStateException("The outbox relay needs a RabbitMQ connection factory with correlated "
                    + "publisher confirms and publisher returns: set spring.rabbitmq.publisher-confirm-type=correlated "
                    + "and spring.rabbitmq.publisher-returns=true");
        }
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.confirmTimeout = Objects.requireNonNull(confirmTimeout, "confirmTimeout");
        this.template = new RabbitTemplate(connectionFactory);
        this.template.setMandatory(true);
        this.template.setReturnsCallback(returned -> log.debug("Broker returned event {}: {} {} (routing key {})",
                returned.getMessage().getMessageProperties().getMessageId(), returned.getReplyCode(),
                returned.getReplyText(), returned.getRoutingKey()));
    }

    @Override
    public PublishResult publish(OutboxEvent event) {
        return publishAll(List.of(event)).getFirst();
    }

    /**
     * Sends every event, then waits for their confirms together (one confirm timeout for the batch), instead of a
     * round trip to the broker per event. Stops sending at the first event that could not be sent; reports up to
     * and including the first that was not confirmed.
     */
    @Override
    public List<PublishResult> publishAll(List<OutboxEvent> events) {
        List<Object> sent = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            Object outcome = send(event);
            sent.add(outcome);
            if (outcome instanceof PublishResult) {
                break;
            }
        }
        long deadline = System.nanoTime() + confirmTimeout.toNanos();
        List<PublishResult> results = new ArrayList<>(sent.size());
        for (Object outcome : sent) {
            PublishResult result = outcome instanceof InFlight inFlight ? awaitConfirm(inFlight, deadline)
                    : (PublishResult) outcome;
            results.add(result);
            if (!(result instanceof PublishResult.Confirmed)) {
                // a closed channel, a deleted exchange: declare again before the next attempt
                exchangeDeclared = false;
                break;
            }
        }
        return results;
    }

    /** The message on its way, or the failure that kept it from going. */
    private Object send(OutboxEvent event) {
        String routingKey = ROUTING_KEYS.get(event.type());
        if (routingKey == null) {
            // only code of this service writes the outbox; a type without a key is a bug to fix
            return PublishResult.failed(FailureReason.UNKNOWN_TYPE, "no routing key for event type " + event.type());
        }
        // the purchase's trace goes on here, though the purchase's thread is long gone (OutboxTracing)
        return tracing.publishInTraceOf(event, exchange, traceHeaders -> {
            Message message = messageOf(event);
            traceHeaders.forEach(message.getMessageProperties()::setHeader);
            CorrelationData correlation = new CorrelationData(event.id().toString());
            try {
                declareExchange();
                template.send(exchange, routingKey, message, correlation);
                return new InFlight(correlation, routingKey);
            } catch (AmqpException e) {
                return PublishResult.failed(FailureReason.BROKER_ERROR,
                        e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    private PublishResult awaitConfirm(InFlight inFlight, long deadline) {
        try {
            long left = Math.max(0, deadline - System.nanoTime());
            CorrelationData.Confirm confirm = inFlight.correlation().getFuture().get(left, TimeUnit.NANOSECONDS);
            ReturnedMessage returned = inFlight.correlation().getReturned();
            if (returned != null) {
                return PublishResult.failed(FailureReason.RETURNED, "returned by the broker: " + returned.getReplyCode()
                        + " " + returned.getReplyText() + " (exchange " + exchange + ", routing key "
                        + inFlight.routingKey() + "; is the consumer's queue bound?)");
            }
            if (!confirm.ack()) {
                return PublishResult.failed(FailureReason.NACKED, "nacked by the broker: " + confirm.reason());
            }
            return PublishResult.confirmed();
        } catch (TimeoutException e) {
            return PublishResult.failed(FailureReason.TIMED_OUT, "no confirm within " + confirmTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PublishResult.failed(FailureReason.TIMED_OUT, "interrupted while waiting for the confirm");
        } catch (ExecutionException e) {
            return PublishResult.failed(FailureReason.BROKER_ERROR, String.valueOf(e.getCause()));
        }
    }

    private record InFlight(CorrelationData correlation, String routingKey) {
    }

    /** Idempotent: a durable topic exchange, declared once per publisher and again after any failure. */
    private void declareExchange() {
        if (!exchangeDeclared) {
            template.execute(channel -> channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true));
            exchangeDeclared = true;
        }
    }

    static Message messageOf(OutboxEvent event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(event.id().toString());
        properties.setType(event.type());
        // AMQP timestamps have whole seconds; the payload's occurredAt is exact
        properties.setTimestamp(Date.from(event.occurredAt()));
        properties.setHeader(SCHEMA_VERSION_HEADER, event.schemaVersion());
        // the stored context as it is; publish() replaces it with its producer span's, in the same trace
        event.traceContext().ifPresent(traceparent -> properties.setHeader(OutboxTracing.TRACEPARENT, traceparent));
        return new Message(event.payload().getBytes(StandardCharsets.UTF_8), properties);
    }
}
