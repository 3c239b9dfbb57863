package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.shared.DomainException;

public class LearnerNotFoundException extends DomainException {

    public LearnerNotFoundException() {
        super(Kind.NOT_FOUND, "learner_not_found", "No such learner.");
    }
}
