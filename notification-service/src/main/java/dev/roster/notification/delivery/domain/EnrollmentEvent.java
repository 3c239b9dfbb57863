package dev.roster.notification.delivery.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * An enrollment event as enrollment-service publishes it (schema version {@value #SCHEMA_VERSION}).
 * Only what the email needs; the message parser checks the rest of the contract.
 *
 * @param eventId      the event's identity (UUIDv7): the idempotency key of the whole delivery
 * @param type         confirmed or cancelled
 * @param occurredAt   when the enrollment changed
 * @param enrollmentId the enrollment
 * @param learnerId    whose contact to fetch
 * @param courseId     the course
 * @param courseTitle  the course's title at the time of the event
 * @param amount       the amount paid (or refunded), in major units with the currency's decimals
 * @param currency     the amount's ISO 4217 currency
 */
public record EnrollmentEvent(UUID eventId, EventType type, Instant occurredAt, UUID enrollmentId, UUID learnerId,
                              UUID courseId, String courseTitle, BigDecimal amount, Currency currency) {

    /** The only schema version this consumer understands. */
    public static final int SCHEMA_VERSION = 1;

    public EnrollmentEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (courseTitle.isBlank()) {
            throw new IllegalArgumentException("courseTitle must not be blank");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
    }

    /** The amount as people read it, e.g. {@code 129.00 EUR}. */
    public String formattedAmount() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
