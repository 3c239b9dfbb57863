package dev.roster.enrollment.purchase.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Guards(Risk.ELIGIBILITY_RULE_WRONG)
class EligibilityTest {

    @ParameterizedTest(name = "{0}: {1} course, {2}/{3} seats, enrolled={4} -> {5}")
    @CsvSource({
            "a seat is free,         OPEN,   9, 10, false, eligible",
            "the course is full,     OPEN,  10, 10, false, course_full",
            "the course is a draft,  DRAFT,  0, 10, false, course_not_open",
            "the course is closed,   CLOSED, 0, 10, false, course_not_open",
            "already enrolled,       OPEN,   1, 10, true,  already_enrolled",
            "enrolled in a full one, OPEN,  10, 10, true,  already_enrolled",
            "no capacity at all,     OPEN,   0,  0, false, course_full",
    })
    void decidesWhetherALearnerMayBuyASeat(String name, CourseStatus status, int taken, int capacity,
                                           boolean enrolled, String expected) {
        var course = new CourseOnSale(new CourseId(UUID.randomUUID()), "A course", status == CourseStatus.OPEN,
                capacity, taken);

        var decision = Eligibility.of(course, enrolled);

        if (expected.equals("eligible")) {
            assertThat(decision).isInstanceOf(Eligibility.Eligible.class);
        } else {
            assertThat(decision).isEqualTo(new Eligibility.Rejected(expected));
        }
    }
}
