package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import java.util.Optional;

/** The store of accounts (port). */
public interface Learners {

    /** Adds the account; throws {@link EmailTakenException} when the email is taken, decided by the store. */
    void add(Learner learner);

    Optional<Learner> findById(LearnerId id);

    Optional<Learner> findByEmail(EmailAddress email);

    /** Sets the member flag; empty when there is no such learner. */
    Optional<Learner> setMember(LearnerId id, boolean member);
}
