package dev.roster.enrollment.outbox.adapter;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.outbox.application.Outbox;
import dev.roster.enrollment.outbox.application.OutboxRelayService;
import dev.roster.enrollment.outbox.domain.RelayBackoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox relay and its gauges, configured by {@code roster.outbox.*} ({@link OutboxProperties})
 * and {@code spring.rabbitmq.*} (Spring Boot's connection factory, with correlated publisher
 * confirms and returns, see application.yml). The relay runs on every instance unless
 * {@code roster.outbox.relay-enabled=false}; the gauges are there either way.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    JdbcOutbox jdbcOutbox(JdbcClient jdbc, Clock clock) {
        return new JdbcOutbox(jdbc, clock);
    }

    /** Commits that wrote events wake this instance's relay, when it runs one. */
    @Bean
    RelaySignal relaySignal(Transactions transactions) {
        return new RelaySignal(transactions);
    }

    @Bean
    OutboxMeters outboxMeters(Outbox outbox, Clock clock) {
        return new OutboxMeters(outbox, clock);
    }

    /** Spring Boot's tracer and propagator (OpenTelemetry, W3C); the no-op ones where tracing is off. */
    @Bean
    OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new OutboxTracing(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "roster.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelayRunner outboxRelay(Outbox outbox, Transactions transactions, ConnectionFactory connectionFactory,
                                  OutboxProperties properties, MeterRegistry meters, OutboxTracing tracing,
                                  RelaySignal relaySignal) {
        AmqpEventPublisher publisher = new AmqpEventPublisher(connectionFactory, properties.exchange(),
                properties.confirmTimeout(), tracing);
        OutboxRelayService relay = new OutboxRelayService(outbox, transactions, publisher, properties.batchSize(),
                properties.pollInterval(), new RelayBackoff(properties.initialBackoff(), properties.maxBackoff()));
        // a batch in progress stops at its first unconfirmed event, so it ends within one confirm timeout
        OutboxRelayRunner runner = new OutboxRelayRunner(relay, meters, properties.confirmTimeout().multipliedBy(2));
        relaySignal.subscribe(runner::wake);
        return runner;
    }
}
