package dev.roster.enrollment.pricing.application;

import java.util.UUID;

/** Where pricing learns a learner's standing (port); another feature answers it. */
public interface LearnerStandings {

    /** The learner's standing; a learner with no history is no member and has no confirmed enrollment. */
    LearnerStanding standingOf(UUID learnerId);
}
