package dev.roster.notification.delivery.application;

import dev.roster.notification.delivery.domain.Email;
import java.time.Instant;
import java.util.UUID;

/** The events this service has handled, and the emails it sent for them. */
public interface ProcessedMessages {

    /**
     * Records the event as processed in the current transaction.
     *
     * @return true when this call recorded it; false when it was already recorded (a duplicate). A
     *         concurrent claim of the same event waits until the first one's transaction ends.
     */
    boolean claim(UUID eventId, String type, Instant processedAt);

    /** Records the email sent for a claimed event, in the same transaction as the claim. */
    void recordSent(UUID eventId, Email email, Instant sentAt);
}
