package dev.roster.enrollment.outbox.adapter;

import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.roster.testkit.amqp.RealRabbitMq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The test JVM's real RabbitMQ, for one test: exchanges with names of its own, queues bound to them
 * (what notification-service will do), and connection factories for relays, all removed at the end.
 */
final class TestBroker implements AutoCloseable {

    /** What the consumer binds: every enrollment event. */
    static final String ALL_ENROLLMENT_EVENTS = "enrollment.#";

    private final RealRabbitMq rabbit;
    private final Connection connection;
    private final Channel channel;
    private final List<String> exchanges = new ArrayList<>();
    private final List<CachingConnectionFactory> factories = new ArrayList<>();

    private TestBroker(RealRabbitMq rabbit, Connection connection, Channel channel) {
        this.rabbit = rabbit;
        this.connection = connection;
        this.channel = channel;
    }

    static TestBroker connect() {
        RealRabbitMq rabbit = RealRabbitMq.shared();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(rabbit.host());
        factory.setPort(rabbit.port());
        factory.setUsername(rabbit.username());
        factory.setPassword(rabbit.password());
        factory.setVirtualHost(rabbit.virtualHost());
        try {
            Connection connection = factory.newConnection("outbox-relay-test");
            return new TestBroker(rabbit, connection, connection.createChannel());
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot connect to the test RabbitMQ", e);
        }
    }

    /** A fresh exchange name for this test; the exchange is deleted at the end. */
    String uniqueExchange() {
        String name = "roster.enrollment.test." + UUID.randomUUID();
        exchanges.add(name);
        return name;
    }

    /** An exchange named elsewhere (a service's configuration), deleted at the end like the others. */
    String exchangeNamed(String name) {
        exchanges.add(name);
        return name;
    }

    /**
     * Declares the exchange as the relay does (durable topic, so the two declarations agree) and binds
     * a new exclusive queue to it for every enrollment event.
     */
    synchronized TestQueue bindQueue(String exchange) {
        try {
            channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, exchange, ALL_ENROLLMENT_EVENTS);
            return new TestQueue(queue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection factory as the service configures it: correlated confirms and returns. */
    CachingConnectionFactory relayConnectionFactory() {
        return relayConnectionFactory(rabbit.port());
    }

    CachingConnectionFactory relayConnectionFactory(int port) {
        CachingConnectionFactory factory = new CachingConnectionFactory(rabbit.host(), port);
        factory.setUsername(rabbit.username());
        factory.setPassword(rabbit.password());
        factory.setVirtualHost(rabbit.virtualHost());
        factory.setConnectionTimeout(2_000);
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setPublisherReturns(true);
        synchronized (this) {
            factories.add(factory);
        }
        return factory;
    }

    int port() {
        return rabbit.port();
    }

    /** A local port nothing listens on: connecting is refused at once, as with a broker that is down. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        factories.forEach(CachingConnectionFactory::destroy);
        try {
            for (String exchange : exchanges) {
                channel.exchangeDelete(exchange);
            }
            connection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One message as the consumer sees it. */
    record Received(String routingKey, AMQP.BasicProperties properties, String body) {

        String messageId() {
            return properties.getMessageId();
        }
    }

    /** A queue bound to a test exchange; messages are taken off it and kept, in arrival order. */
    final class TestQueue {

        private final String name;
        private final List<Received> received = new ArrayList<>();

        private TestQueue(String name) {
            this.name = name;
        }

        /** Everything received so far, after taking off whatever waits in the queue now. */
        List<Received> received() {
            synchronized (TestBroker.this) {
                try {
                    GetResponse response;
                    while ((response = channel.basicGet(name, true)) != null) {
                        received.add(new Received(response.getEnvelope().getRoutingKey(), response.getProps(),
                                new String(response.getBody(), StandardCharsets.UTF_8)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return List.copyOf(received);
            }
        }

        List<Received> awaitAtLeast(int count) {
            await().atMost(Duration.ofSeconds(30)).until(() -> received().size() >= count);
            return received();
        }

        List<String> messageIds() {
            return received().stream().map(Received::messageId).toList();
        }
    }
}
