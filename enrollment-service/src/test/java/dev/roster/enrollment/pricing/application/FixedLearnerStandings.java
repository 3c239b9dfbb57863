package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.identity.domain.LearnerId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fake of the {@link LearnerStandings} port with standings set by the test. A learner it was not
 * told about is what a new learner is: no member.
 */
public class FixedLearnerStandings implements LearnerStandings {

    private static final LearnerStanding NEW_LEARNER = new LearnerStanding(false);

    private final Map<UUID, LearnerStanding> byLearner = new HashMap<>();

    public FixedLearnerStandings set(UUID learnerId, LearnerStanding standing) {
        byLearner.put(learnerId, standing);
        return this;
    }

    @Override
    public LearnerStanding standingOf(LearnerId learner) {
        return byLearner.getOrDefault(learner.value(), NEW_LEARNER);
    }
}
