package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.identity.domain.LearnerId;

/** Where pricing learns a learner's standing (port); another feature answers it. */
public interface LearnerStandings {

    /** The learner's standing; a learner unknown to it is no member. */
    LearnerStanding standingOf(LearnerId learner);
}
