package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.identity.application.Learners;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.pricing.application.LearnerStanding;
import dev.roster.enrollment.pricing.application.LearnerStandings;
import dev.roster.enrollment.purchase.application.EnrollmentHistory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A learner's standing for pricing, from identity (member flag) and purchase (confirmed enrollments). */
@Component
class LearnerStandingsAdapter implements LearnerStandings {

    private final Learners learners;
    private final EnrollmentHistory history;

    LearnerStandingsAdapter(Learners learners, EnrollmentHistory history) {
        this.learners = learners;
        this.history = history;
    }

    @Override
    public LearnerStanding standingOf(UUID learnerId) {
        boolean member = learners.findById(new LearnerId(learnerId)).map(Learner::member).orElse(false);
        return new LearnerStanding(member, history.hasConfirmedEnrollment(learnerId));
    }
}
