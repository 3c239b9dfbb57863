package dev.roster.notification.delivery.adapter;

import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.LEARNER_ID;
import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.aConfirmedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.defaults.transactions.SpringTransactions;
import dev.roster.notification.delivery.application.DeliverNotification;
import dev.roster.notification.delivery.application.DeliveryOutcome;
import dev.roster.notification.delivery.application.FakeContacts;
import dev.roster.notification.delivery.application.RecordingMailer;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.notification.delivery.domain.Email;
import dev.roster.notification.delivery.domain.EmailComposer;
import dev.roster.notification.delivery.domain.EnrollmentEvent;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A delivery whose database connection the server cuts while the email is being sent, on a real PostgreSQL and
 * with the transactions the service runs with: the chaos run's PostgreSQL cut, one email. Sent anyway, recorded
 * once, and not sent a second time when the transaction runs again on a new connection.
 */
class DeliveryAfterLostConnectionIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:05Z"), ZoneOffset.UTC);

    private final RealPostgres.Database database = RealPostgres.shared().database().migrate("classpath:db/migration");
    private final JdbcClient jdbc = JdbcClient.create(database.dataSource());
    private final CuttingMailer mailer = new CuttingMailer();
    private final DeliverNotification delivery = new DeliverNotification(new JdbcProcessedMessages(jdbc),
            new FakeContacts().with(LEARNER_ID, new Contact("ada@example.com", "Ada")), mailer,
            new UnavailableDatabaseTransactions(new SpringTransactions(
                    new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())), database.dataSource())),
            new EmailComposer(), CLOCK);

    @BeforeEach
    void emptyTables() {
        database.truncateAllTables();
    }

    @Test
    @Guards(Risk.DUPLICATE_EVENT_SECOND_EMAIL)
    void sendsOneEmailWhenTheDatabaseCutsTheConnectionWhileItIsSent() {
        EnrollmentEvent event = aConfirmedEvent();

        DeliveryOutcome outcome = delivery.deliver(event);

        assertThat(mailer.cuts).as("the connection was cut during the send").isEqualTo(1);
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(mailer.sent()).singleElement().extracting(Email::messageId)
                .isEqualTo(EmailComposer.messageIdOf(event.eventId()));
        assertThat(jdbc.sql("SELECT count(*) FROM sent_email WHERE event_id = ?").param(event.eventId())
                .query(Long.class).single()).isEqualTo(1L);
    }

    /** Accepts the email, and on the first one has the server terminate the delivery's own connection. */
    private final class CuttingMailer extends RecordingMailer {
        private int cuts;

        @Override
        public void send(Email email) {
            super.send(email);
            if (cuts == 0) {
                cuts++;
                // the delivery's connection is the one bound to this thread's transaction
                int pid = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
                try (Connection other = database.dataSource().getConnection(); Statement statement = other.createStatement()) {
                    statement.execute("SELECT pg_terminate_backend(" + pid + ")");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
