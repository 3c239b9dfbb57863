package dev.roster.notification.testsupport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.roster.notification.events.EventMessages;
import dev.roster.testkit.amqp.RealRabbitMq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The test's own connection to the real broker: publishes as enrollment-service does (persistent,
 * JSON, message id and type set, with publisher confirms), looks into queues, and deletes a test's
 * topology afterwards.
 */
public final class TestBroker implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    private TestBroker(Connection connection, Channel channel) {
        this.connection = connection;
        this.channel = channel;
    }

    public static TestBroker connect() {
        RealRabbitMq broker = RealRabbitMq.shared();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.username());
        factory.setPassword(broker.password());
        factory.setVirtualHost(broker.virtualHost());
        try {
            Connection connection = factory.newConnection("notification-service-tests");
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            return new TestBroker(connection, channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes an event message the way enrollment-service does. */
    public void publish(String exchange, EventMessages message) {
        publish(exchange, message.routingKey(), message.eventId().toString(), message.type(), message.bytes());
    }

    /** Publishes an event message the way enrollment-service does, with these headers (a traceparent, say). */
    public void publish(String exchange, EventMessages message, Map<String, Object> headers) {
        publish(exchange, message.routingKey(), message.eventId().toString(), message.type(), message.bytes(), headers);
    }

    public void publish(String exchange, String routingKey, String messageId, String type, byte[] body) {
        publish(exchange, routingKey, messageId, type, body, Map.of());
    }

    private synchronized void publish(String exchange, String routingKey, String messageId, String type, byte[] body,
                                      Map<String, Object> headers) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(2)
                .messageId(messageId)
                .type(type)
                .headers(headers.isEmpty() ? null : headers)
                .build();
        try {
            channel.basicPublish(exchange, routingKey, true, properties, body);
            channel.waitForConfirmsOrDie(5_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not confirm the publish", e);
        }
    }

    public synchronized long messageCount(String queue) {
        try {
            return channel.messageCount(queue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes one message off the queue, if there is one. */
    public synchronized Optional<GetResponse> take(String queue) {
        try {
            return Optional.ofNullable(channel.basicGet(queue, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void purge(TestTopology topology) {
        try {
            for (String queue : topology.queues()) {
                channel.queuePurge(queue);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the queues and exchanges the service declared for this test run. */
    public synchronized void delete(TestTopology topology) {
        try {
            for (String queue : topology.queues()) {
                channel.queueDelete(queue);
            }
            for (String exchange : topology.exchanges()) {
                channel.exchangeDelete(exchange);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
