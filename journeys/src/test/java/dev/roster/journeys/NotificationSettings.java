package dev.roster.journeys;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.roster.testkit.amqp.RealRabbitMq;
import java.util.List;
import java.util.UUID;

/**
 * How a journey points notification-service at the other parts of the system, with exchange and
 * queue names of its own, so a run never meets another run's messages, and removes them after.
 */
final class NotificationSettings {

    private final String suffix = UUID.randomUUID().toString();
    final String exchange = "roster.enrollment.e2e-" + suffix;
    private final String queue = "notification.e2e-" + suffix;
    private final String deadLetterExchange = exchange + ".dlx";

    List<String> arguments(String enrollmentServiceUrl, String serviceToken) {
        return List.of(
                "--roster.notification.enrollment-service-url=" + enrollmentServiceUrl,
                "--roster.notification.service-token=" + serviceToken,
                "--roster.notification.retry-delay=1s",
                "--roster.notification.messaging.exchange=" + exchange,
                "--roster.notification.messaging.queue=" + queue,
                "--roster.notification.messaging.dead-letter-exchange=" + deadLetterExchange,
                "--roster.notification.messaging.dead-letter-queue=" + queue + ".dlq",
                "--roster.notification.messaging.retry-queue=" + queue + ".retry");
    }

    void removeFrom(RealRabbitMq broker) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.username());
        factory.setPassword(broker.password());
        factory.setVirtualHost(broker.virtualHost());
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            for (String name : List.of(queue, queue + ".dlq", queue + ".retry")) {
                channel.queueDelete(name);
            }
            channel.exchangeDelete(exchange);
            channel.exchangeDelete(deadLetterExchange);
        }
    }
}
