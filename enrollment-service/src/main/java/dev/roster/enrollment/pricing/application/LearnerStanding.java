package dev.roster.enrollment.pricing.application;

/** What pricing needs to know about a learner from another feature: whether they are a member. */
public record LearnerStanding(boolean member) {
}
