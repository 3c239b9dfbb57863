package dev.roster.notification.delivery.domain;

import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.aConfirmedEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EnrollmentEventTest {

    private static EnrollmentEvent withAmount(String amount) {
        EnrollmentEvent e = aConfirmedEvent();
        return new EnrollmentEvent(e.eventId(), e.type(), e.occurredAt(), e.enrollmentId(), e.learnerId(),
                e.courseId(), e.courseTitle(), new BigDecimal(amount), e.currency());
    }

    @Test
    void acceptsAFreeEnrollment() {
        assertThat(withAmount("0.00").formattedAmount()).isEqualTo("0.00 " + aConfirmedEvent().currency());
    }

    @Test
    void refusesANegativeAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> withAmount("-0.01"));
    }

    @Test
    void refusesABlankCourseTitle() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> EnrollmentEventFixtures.withCourseTitle(aConfirmedEvent(), "  "));
    }
}
