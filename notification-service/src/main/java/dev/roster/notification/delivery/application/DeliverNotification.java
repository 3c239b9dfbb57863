package dev.roster.notification.delivery.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.notification.delivery.domain.Email;
import dev.roster.notification.delivery.domain.EmailComposer;
import dev.roster.notification.delivery.domain.EnrollmentEvent;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers the email for one enrollment event, at most once per event id (but for the one window
 * below).
 *
 * <p>All in one database transaction: claim the event id in {@link ProcessedMessages} (an event
 * already claimed is a duplicate: done); fetch the learner's contact; record the email; send it,
 * as the last step; commit. Any failure before the send rolls the claim back, so the event can be
 * delivered again. A concurrent delivery of the same event (another consumer, another instance)
 * waits on the claim until this transaction ends, then sees a duplicate.
 *
 * <p>The database connection lost while the email is sent or committed (a server restart, a cut): the shared
 * {@link Transactions} runs the work again on a new connection once it knows the first commit did not happen;
 * that run claims and records the event again but does not send what this delivery already handed to the mail
 * server, so a database blip sends no second email.
 *
 * <p>The remaining window: the mail server accepted the email and this process died before the commit (a
 * crash, {@code kill -9}), or the database stayed away longer than the transaction's attempts. The event
 * is then delivered again and a second email with the same {@code Message-ID} goes out. Sending last keeps
 * that window to the commit itself.
 */
public final class DeliverNotification {

    private final ProcessedMessages processedMessages;
    private final Contacts contacts;
    private final Mailer mailer;
    private final Transactions transactions;
    private final EmailComposer composer;
    private final Clock clock;

    public DeliverNotification(ProcessedMessages processedMessages, Contacts contacts, Mailer mailer,
                               Transactions transactions, EmailComposer composer, Clock clock) {
        this.processedMessages = Objects.requireNonNull(processedMessages, "processedMessages");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the outcome; {@link DeliveryOutcome.RetryLater} when a dependency is temporarily unavailable
     * @throws RuntimeException for anything unexpected, after rolling back
     */
    public DeliveryOutcome deliver(EnrollmentEvent event) {
        Objects.requireNonNull(event, "event");
        // what this call handed to the mail server, should its transaction run again after a lost connection
        AtomicReference<Email> handedOver = new AtomicReference<>();
        try {
            return transactions.inTransaction(() -> deliverOnce(event, handedOver));
        } catch (TemporarilyUnavailableException e) {
            return new DeliveryOutcome.RetryLater(e.getMessage());
        }
    }

    private DeliveryOutcome deliverOnce(EnrollmentEvent event, AtomicReference<Email> handedOver) {
        if (!processedMessages.claim(event.eventId(), event.type().wireName(), clock.instant())) {
            return new DeliveryOutcome.AlreadyProcessed();
        }
        Optional<Contact> contact = contacts.contactOf(event.learnerId());
        if (contact.isEmpty()) {
            return new DeliveryOutcome.NoContact();
        }
        Email email = composer.compose(event, contact.get());
        processedMessages.recordSent(event.eventId(), email, clock.instant());
        if (handedOver.get() == null) {
            mailer.send(email); // the last step before the commit: see the class comment
            handedOver.set(email);
        }
        return new DeliveryOutcome.Sent(email);
    }
}
