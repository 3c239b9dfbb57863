package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory fake of {@link Learners}, keeping its promise that an email is taken once. */
public class InMemoryLearners implements Learners {

    private final Map<LearnerId, Learner> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Learner learner) {
        if (findByEmail(learner.email()).isPresent()) {
            throw new EmailTakenException();
        }
        byId.put(learner.id(), learner);
    }

    @Override
    public synchronized Optional<Learner> findById(LearnerId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Learner> findByEmail(EmailAddress email) {
        return byId.values().stream().filter(l -> l.email().value().equalsIgnoreCase(email.value())).findFirst();
    }

    @Override
    public synchronized Optional<Learner> setMember(LearnerId id, boolean member) {
        return findById(id).map(learner -> {
            Learner updated = learner.withMember(member);
            byId.put(id, updated);
            return updated;
        });
    }
}
