package dev.roster.notification.delivery.application;

import dev.roster.notification.delivery.domain.Contact;
import java.util.Optional;
import java.util.UUID;

/** Learners' contact details, owned by enrollment-service. */
public interface Contacts {

    /**
     * @return the learner's contact; empty when enrollment-service does not know the learner
     * @throws TemporarilyUnavailableException when enrollment-service cannot answer now
     */
    Optional<Contact> contactOf(UUID learnerId);
}
