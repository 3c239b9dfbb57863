package dev.roster.enrollment.pricing.application;

/** What pricing needs to know about a learner: membership, and whether any enrollment is confirmed. */
public record LearnerStanding(boolean member, boolean hasConfirmedEnrollment) {
}
