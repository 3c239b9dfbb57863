package dev.roster.enrollment.purchase.domain;

import dev.roster.enrollment.shared.Money;
import java.time.Instant;
import java.util.UUID;

/** What purchase announces to other services, through the outbox. */
public sealed interface EnrollmentEvent {

    int SCHEMA_VERSION = 1;

    UUID eventId();

    Instant occurredAt();

    EnrollmentId enrollmentId();

    String type();

    // Every event carries the same facts about the enrollment (schema version 1): what the
    // notification-service needs to write to the learner, whichever the event.

    UUID learnerId();

    UUID courseId();

    String courseTitle();

    Money amount();

    record EnrollmentConfirmed(UUID eventId, Instant occurredAt, EnrollmentId enrollmentId, UUID learnerId,
                               UUID courseId, String courseTitle, Money amount) implements EnrollmentEvent {
        @Override
        public String type() {
            return "EnrollmentConfirmed";
        }
    }

    record EnrollmentCancelled(UUID eventId, Instant occurredAt, EnrollmentId enrollmentId, UUID learnerId,
                               UUID courseId, String courseTitle, Money amount) implements EnrollmentEvent {
        @Override
        public String type() {
            return "EnrollmentCancelled";
        }
    }
}
