package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.identity.application.Learners;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.pricing.application.LearnerStanding;
import dev.roster.enrollment.pricing.application.LearnerStandings;
import org.springframework.stereotype.Component;

/** A learner's standing for pricing, from identity (the member flag). */
@Component
class LearnerStandingsAdapter implements LearnerStandings {

    private final Learners learners;

    LearnerStandingsAdapter(Learners learners) {
        this.learners = learners;
    }

    @Override
    public LearnerStanding standingOf(LearnerId learner) {
        return new LearnerStanding(learners.findById(learner).map(Learner::member).orElse(false));
    }
}
