package dev.roster.enrollment.purchase.application;

import java.util.UUID;

/** What other features may ask about a learner's past purchases (port). */
public interface EnrollmentHistory {

    /** True once the learner has any confirmed enrollment. */
    boolean hasConfirmedEnrollment(UUID learnerId);
}
