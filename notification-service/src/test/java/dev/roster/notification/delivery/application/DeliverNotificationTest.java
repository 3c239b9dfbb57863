package dev.roster.notification.delivery.application;

import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.LEARNER_ID;
import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.aCancelledEvent;
import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.aConfirmedEvent;
import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.roster.notification.delivery.application.DeliveryOutcome.AlreadyProcessed;
import dev.roster.notification.delivery.application.DeliveryOutcome.NoContact;
import dev.roster.notification.delivery.application.DeliveryOutcome.RetryLater;
import dev.roster.notification.delivery.application.DeliveryOutcome.Sent;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.notification.delivery.domain.EmailComposer;
import dev.roster.notification.delivery.domain.EnrollmentEvent;
import dev.roster.notification.delivery.domain.EventType;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliverNotificationTest {

    /** Every delivery in this class, the fixed ones and the hand-built ones, runs on this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:05Z"), ZoneOffset.UTC);

    private final InMemoryProcessedMessages processed = new InMemoryProcessedMessages();
    private final InMemoryTransactions transactions = new InMemoryTransactions(processed);
    private final FakeContacts contacts = new FakeContacts().with(LEARNER_ID, new Contact("ada@example.com", "Ada"));
    private final RecordingMailer mailer = new RecordingMailer();
    private final DeliverNotification delivery = new DeliverNotification(processed, contacts, mailer, transactions,
            new EmailComposer(), CLOCK);

    @Test
    void sendsTheEmailAndRecordsTheEvent() {
        EnrollmentEvent event = aConfirmedEvent();

        DeliveryOutcome outcome = delivery.deliver(event);

        assertThat(outcome).isInstanceOf(Sent.class);
        assertThat(mailer.sent()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("ada@example.com");
            assertThat(email.messageId()).isEqualTo(EmailComposer.messageIdOf(event.eventId()));
        });
        assertThat(processed.isProcessed(event.eventId())).isTrue();
        assertThat(processed.sentEmails()).containsOnlyKeys(event.eventId());
    }

    @Test
    void sendsTheCancellationEmailForACancelledEvent() {
        delivery.deliver(aCancelledEvent());

        assertThat(mailer.sent()).singleElement().satisfies(email ->
                assertThat(email.subject()).startsWith("Your enrollment in").endsWith("was cancelled"));
    }

    @Test
    @Guards(Risk.DUPLICATE_EVENT_SECOND_EMAIL)
    void sendsOneEmailWhenTheSameEventArrivesTwice() {
        EnrollmentEvent event = aConfirmedEvent();

        DeliveryOutcome first = delivery.deliver(event);
        DeliveryOutcome second = delivery.deliver(event);

        assertThat(first).isInstanceOf(Sent.class);
        assertThat(second).isInstanceOf(AlreadyProcessed.class);
        assertThat(mailer.sent()).hasSize(1);
        assertThat(contacts.lookups()).as("a duplicate does not even ask for the contact").isEqualTo(1);
    }

    @Test
    void sendsOneEmailPerEvent() {
        delivery.deliver(anEvent(EventType.CONFIRMED, UUID.fromString("0190f0c1-0000-7000-8000-0000000000e1")));
        delivery.deliver(anEvent(EventType.CONFIRMED, UUID.fromString("0190f0c1-0000-7000-8000-0000000000e2")));

        assertThat(mailer.sent()).hasSize(2);
    }

    @Test
    void recordsAnEventForAnUnknownLearnerWithoutSending() {
        EnrollmentEvent event = anEvent(EventType.CONFIRMED, UUID.randomUUID());
        FakeContacts nobody = new FakeContacts();
        DeliverNotification withoutLearners = new DeliverNotification(processed, nobody, mailer, transactions,
                new EmailComposer(), CLOCK);

        DeliveryOutcome outcome = withoutLearners.deliver(event);

        assertThat(outcome).isInstanceOf(NoContact.class);
        assertThat(mailer.sent()).isEmpty();
        assertThat(processed.isProcessed(event.eventId())).as("permanent: not looked up again").isTrue();
        assertThat(withoutLearners.deliver(event)).isInstanceOf(AlreadyProcessed.class);
        assertThat(nobody.lookups()).isEqualTo(1);
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void asksForALaterRetryAndRecordsNothingWhileEnrollmentServiceIsUnavailable() {
        EnrollmentEvent event = aConfirmedEvent();
        contacts.unavailable();

        DeliveryOutcome outcome = delivery.deliver(event);

        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(((RetryLater) outcome).reason()).contains("503");
        assertThat(processed.isProcessed(event.eventId())).as("the claim is rolled back").isFalse();
        assertThat(mailer.sent()).isEmpty();
        assertThat(transactions.rolledBack()).isEqualTo(1);

        contacts.available();
        assertThat(delivery.deliver(event)).as("the retry delivers").isInstanceOf(Sent.class);
        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    @Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
    void asksForALaterRetryAndRecordsNothingWhileTheMailServerIsUnavailable() {
        EnrollmentEvent event = aConfirmedEvent();
        mailer.failWith(new TemporarilyUnavailableException("connection refused"));

        DeliveryOutcome outcome = delivery.deliver(event);

        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(processed.isProcessed(event.eventId())).isFalse();
        assertThat(processed.sentEmails()).as("the sent record is rolled back with the claim").isEmpty();

        mailer.works();
        assertThat(delivery.deliver(event)).isInstanceOf(Sent.class);
        assertThat(mailer.sent()).hasSize(1);
    }

    @Test
    @Guards(Risk.POISON_MESSAGE_NOT_DEAD_LETTERED)
    void rollsBackAndRethrowsWhatItDoesNotExpect() {
        EnrollmentEvent event = aConfirmedEvent();
        mailer.failWith(new IllegalStateException("recipient rejected"));

        assertThatIllegalStateException().isThrownBy(() -> delivery.deliver(event)).withMessage("recipient rejected");

        assertThat(processed.isProcessed(event.eventId())).isFalse();
    }

    @Test
    void recordsTheEmailBeforeHandingItToTheMailServer() {
        EnrollmentEvent event = aConfirmedEvent();
        InMemoryProcessedMessages recordedFirst = new InMemoryProcessedMessages() {
            @Override
            public void recordSent(UUID eventId, dev.roster.notification.delivery.domain.Email email,
                                   Instant sentAt) {
                assertThat(mailer.sent()).as("nothing sent yet when the email is recorded").isEmpty();
                super.recordSent(eventId, email, sentAt);
            }
        };
        DeliverNotification checked = new DeliverNotification(recordedFirst, contacts, mailer,
                new InMemoryTransactions(recordedFirst), new EmailComposer(), CLOCK);

        assertThat(checked.deliver(event)).isInstanceOf(Sent.class);
        assertThat(recordedFirst.sentEmails()).containsOnlyKeys(event.eventId());
    }
}
