package dev.roster.notification.delivery.application;

/**
 * A dependency (enrollment-service, the SMTP server, the database) cannot help right now; the same
 * delivery is expected to succeed later. The delivery is rolled back and retried after a delay,
 * without counting towards the queue's delivery limit.
 */
public class TemporarilyUnavailableException extends RuntimeException {

    public TemporarilyUnavailableException(String message) {
        super(message);
    }

    public TemporarilyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
