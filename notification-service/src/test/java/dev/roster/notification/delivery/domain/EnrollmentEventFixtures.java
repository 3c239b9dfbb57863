package dev.roster.notification.delivery.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** Enrollment events for tests: the defaults of the contract's example, overridden where it matters. */
public final class EnrollmentEventFixtures {

    public static final UUID EVENT_ID = UUID.fromString("0190f0c1-0000-7000-8000-0000000000e1");
    public static final UUID ENROLLMENT_ID = UUID.fromString("0190f0c1-0000-7000-8000-0000000000a1");
    public static final UUID LEARNER_ID = UUID.fromString("0190f0c1-0000-7000-8000-000000000001");
    public static final UUID COURSE_ID = UUID.fromString("0190f0c1-0000-7000-8000-0000000000c1");
    public static final String COURSE_TITLE = "PostgreSQL for application developers";

    private EnrollmentEventFixtures() {
    }

    public static EnrollmentEvent aConfirmedEvent() {
        return anEvent(EventType.CONFIRMED, EVENT_ID);
    }

    public static EnrollmentEvent aCancelledEvent() {
        return anEvent(EventType.CANCELLED, EVENT_ID);
    }

    public static EnrollmentEvent anEvent(EventType type, UUID eventId) {
        return new EnrollmentEvent(eventId, type, Instant.parse("2026-11-21T10:00:00Z"), ENROLLMENT_ID, LEARNER_ID,
                COURSE_ID, COURSE_TITLE, new BigDecimal("129.00"), Currency.getInstance("EUR"));
    }

    public static EnrollmentEvent withCourseTitle(EnrollmentEvent event, String courseTitle) {
        return new EnrollmentEvent(event.eventId(), event.type(), event.occurredAt(), event.enrollmentId(),
                event.learnerId(), event.courseId(), courseTitle, event.amount(), event.currency());
    }
}
