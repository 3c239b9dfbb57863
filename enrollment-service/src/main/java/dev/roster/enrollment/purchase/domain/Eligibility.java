package dev.roster.enrollment.purchase.domain;

/**
 * Whether a learner may buy a seat in a course now. The database has the last word on seats and
 * duplicates (a conditional update, a partial unique index); this gives the clear answer for the
 * common case before any of that runs.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public sealed interface Decision {
    }

    public record Eligible() implements Decision {
    }

    public record Rejected(String reason) implements Decision {
    }

    public static Decision of(CourseOnSale course, boolean learnerHasActiveEnrollment) {
        if (!course.open()) {
            return new Rejected("course_not_open");
        }
        if (learnerHasActiveEnrollment) {
            return new Rejected("already_enrolled");
        }
        if (course.isFull()) {
            return new Rejected("course_full");
        }
        return new Eligible();
    }
}
