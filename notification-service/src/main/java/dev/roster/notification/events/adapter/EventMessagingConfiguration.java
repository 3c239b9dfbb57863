package dev.roster.notification.events.adapter;

import dev.roster.notification.delivery.application.DeliverNotification;
import dev.roster.notification.platform.NotificationProperties;
import dev.roster.notification.platform.NotificationProperties.Messaging;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RabbitMQ side, all declared by this service (idempotently, on every connection):
 *
 * <pre>
 * roster.enrollment (topic, durable; enrollment-service publishes here)
 *   └─ enrollment.* ─→ notification.enrollment-events (quorum; x-delivery-limit 5,
 *                        │                              dead-letter exchange roster.enrollment.dlx)
 *                        ├─ rejected / over the delivery limit ─→ roster.enrollment.dlx (fanout, durable)
 *                        │                                         └─→ notification.enrollment-events.dlq (quorum)
 *                        └─ temporary failure: a confirmed copy ─→ notification.enrollment-events.retry (quorum;
 *                             x-message-ttl = retry-delay, dead-lettered at least once to the default exchange
 *                             with routing key notification.enrollment-events, i.e. straight back to the queue)
 * </pre>
 *
 * The retry queue returns events to this service's queue only, not through {@code roster.enrollment}:
 * republishing there would hand the event again to every other queue bound to the exchange.
 */
@Configuration(proxyBeanMethods = false)
class EventMessagingConfiguration {

    static final String BINDING_KEY = "enrollment.*";

    @Bean
    Declarables enrollmentEventTopology(NotificationProperties properties) {
        Messaging names = properties.messaging();
        TopicExchange events = ExchangeBuilder.topicExchange(names.exchange()).durable(true).build();
        FanoutExchange deadLetters = ExchangeBuilder.fanoutExchange(names.deadLetterExchange()).durable(true).build();
        Queue queue = QueueBuilder.durable(names.queue())
                .quorum()
                .deliveryLimit(names.deliveryLimit())
                .deadLetterExchange(names.deadLetterExchange())
                .build();
        Queue deadLetterQueue = QueueBuilder.durable(names.deadLetterQueue()).quorum().build();
        Queue retryQueue = QueueBuilder.durable(names.retryQueue())
                .quorum()
                .ttl((int) properties.retryDelay().toMillis())
                .deadLetterExchange("")
                .deadLetterRoutingKey(names.queue())
                // at-least-once: the broker keeps a retried event until the queue has confirmed it
                .withArgument("x-dead-letter-strategy", "at-least-once")
                .overflow(QueueBuilder.Overflow.rejectPublish)
                .build();
        Binding binding = BindingBuilder.bind(queue).to(events).with(BINDING_KEY);
        Binding deadLetterBinding = BindingBuilder.bind(deadLetterQueue).to(deadLetters);
        return new Declarables(events, deadLetters, queue, deadLetterQueue, retryQueue, binding, deadLetterBinding);
    }

    /** Publishes retry copies: mandatory, with publisher confirms (spring.rabbitmq.publisher-confirm-type). */
    @Bean
    RetryQueue retryQueue(ConnectionFactory connectionFactory, NotificationProperties properties) {
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.setMandatory(true);
        return new RetryQueue(template, properties.messaging().retryQueue());
    }

    @Bean
    EnrollmentEventListener enrollmentEventListener(DeliverNotification delivery, RetryQueue retryQueue,
                                                    MeterRegistry meters, NotificationProperties properties) {
        return new EnrollmentEventListener(new EventMessageParser(), delivery, retryQueue, new DeliveryMetrics(meters),
                properties.messaging().deliveryLimit(), properties.retryDelay());
    }

    @Bean
    SimpleMessageListenerContainer enrollmentEventContainer(ConnectionFactory connectionFactory,
                                                            EnrollmentEventListener listener,
                                                            NotificationProperties properties) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(properties.messaging().queue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setMessageListener(listener);
        container.setConcurrentConsumers(properties.messaging().consumers());
        container.setPrefetchCount(properties.messaging().prefetch());
        // Spring Boot's spring.rabbitmq.listener.simple.observation-enabled only reaches containers its factory
        // makes. Observed, each delivery runs in a span continuing the message's W3C traceparent (the purchase's
        // trace, see docs/events.md), so the contact lookup and the email's log line belong to that trace.
        container.setObservationEnabled(true);
        return container;
    }
}
