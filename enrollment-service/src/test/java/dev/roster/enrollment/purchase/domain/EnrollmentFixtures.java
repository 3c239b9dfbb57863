package dev.roster.enrollment.purchase.domain;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Enrollments with sensible defaults: {@code aPendingEnrollment().build()}. */
public final class EnrollmentFixtures {

    private static final Instant CREATED = Instant.parse("2026-11-21T10:00:00Z");
    private final Money price = Money.of(100_00, "EUR");

    private EnrollmentFixtures() {
    }

    public static Enrollment aPendingEnrollment() {
        return new EnrollmentFixtures().pending();
    }

    private Enrollment pending() {
        Price quote = Price.undiscounted(price);
        return Enrollment.reserve(new EnrollmentId(UUID.randomUUID()), new LearnerId(UUID.randomUUID()),
                new CourseId(UUID.randomUUID()), quote, Optional.empty(), CREATED, Duration.ofMinutes(15));
    }
}
