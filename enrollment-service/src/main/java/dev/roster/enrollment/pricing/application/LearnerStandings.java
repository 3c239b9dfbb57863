package dev.roster.enrollment.pricing.application;

import java.util.UUID;

/** Where pricing learns a learner's standing (port); another feature answers it. */
public interface LearnerStandings {

    /** The learner's standing; a learner unknown to it is no member. */
    LearnerStanding standingOf(UUID learnerId);
}
