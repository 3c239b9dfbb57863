package dev.roster.enrollment.outbox.adapter;

import dev.roster.enrollment.outbox.application.EventPublisher;
import dev.roster.enrollment.outbox.application.Outbox;
import dev.roster.enrollment.outbox.application.OutboxRelayService;
import dev.roster.enrollment.outbox.domain.RelayBackoff;
import dev.roster.enrollment.purchase.domain.EnrollmentEvent;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.Money;
import dev.roster.defaults.transactions.SpringTransactions;
import dev.roster.enrollment.testsupport.DataSourceTransactions;
import dev.roster.enrollment.testsupport.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays assembled by hand over the test JVM's real PostgreSQL (emptied) and real RabbitMQ, so a
 * test can run several, stop one and start another, or point one at a broker that is not there.
 * Events are written the way purchases write them: {@link OutboxEnrollmentEvents} in a transaction.
 */
final class RelayFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    /** The outbox's clock: publishing is stamped a minute after the first event occurred, whatever the real time. */
    static final Clock CLOCK = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
    /** Short waits, so that backing off is visible within a test. */
    static final RelayBackoff FAST_BACKOFF = new RelayBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
    static final Duration POLL = Duration.ofMillis(50);

    final DataSource dataSource;
    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    /** What the fixture's writes signal after their commits; relays made here listen to it, as the service's does. */
    final RelaySignal signal;
    final OutboxEnrollmentEvents events;
    final JdbcOutbox outbox;
    final TestBroker broker;
    private final List<OutboxRelayRunner> runners = new ArrayList<>();
    private int written;

    private RelayFixture(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.signal = new RelaySignal(new SpringTransactions(transactions));
        this.events = new OutboxEnrollmentEvents(jdbc, JsonMapper.builder().build(), OutboxTracing.NONE, signal);
        this.outbox = new JdbcOutbox(jdbc, CLOCK);
        this.broker = TestBroker.connect();
    }

    static RelayFixture onAnEmptiedDatabase() {
        return new RelayFixture(TestDatabase.emptied().dataSource());
    }

    AmqpEventPublisher publisher(ConnectionFactory connectionFactory, String exchange) {
        return new AmqpEventPublisher(connectionFactory, exchange, Duration.ofSeconds(5));
    }

    /** A relay (not started) over {@code outbox}; stopped at the end of the test if still running. */
    OutboxRelayRunner relay(Outbox outbox, EventPublisher publisher, int batchSize, MeterRegistry meters) {
        return relay(outbox, publisher, batchSize, meters, POLL);
    }

    /** A relay (not started) polling every {@code pollInterval}, woken by the commits of {@link #events}. */
    OutboxRelayRunner relay(Outbox outbox, EventPublisher publisher, int batchSize, MeterRegistry meters,
                            Duration pollInterval) {
        OutboxRelayRunner runner = new OutboxRelayRunner(new OutboxRelayService(outbox, DataSourceTransactions.on(dataSource),
                publisher, batchSize, pollInterval, FAST_BACKOFF), meters, Duration.ofSeconds(10));
        signal.subscribe(runner::wake);
        runners.add(runner);
        return runner;
    }

    /** {@code count} confirmations, each occurring a millisecond after the previous, in one committed transaction. */
    List<UUID> writeCommitted(int count) {
        List<EnrollmentEvent> batch = IntStream.range(0, count).<EnrollmentEvent>mapToObj(i -> confirmed()).toList();
        transactions.executeWithoutResult(status -> batch.forEach(events::record));
        return batch.stream().map(EnrollmentEvent::eventId).toList();
    }

    EnrollmentEvent.EnrollmentConfirmed confirmed() {
        return new EnrollmentEvent.EnrollmentConfirmed(UUID.randomUUID(), nextInstant(),
                new EnrollmentId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), "Distributed Systems",
                Money.of(90_00, "EUR"));
    }

    EnrollmentEvent.EnrollmentCancelled cancelled() {
        return new EnrollmentEvent.EnrollmentCancelled(UUID.randomUUID(), nextInstant(),
                new EnrollmentId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), "Distributed Systems",
                Money.of(90_00, "EUR"));
    }

    private synchronized Instant nextInstant() {
        return T0.plusMillis(written++);
    }

    long unpublished() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL").query(Long.class).single();
    }

    long rows() {
        return jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();
    }

    @Override
    public void close() {
        runners.forEach(OutboxRelayRunner::stop);
        broker.close();
    }
}
