package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.Role;
import java.util.Optional;

/**
 * Who is asking: a logged-in account, or a trusted service (the notification service) that may
 * read any learner's contact fields.
 */
public sealed interface Viewer {

    record Account(LearnerId learnerId, Role role) implements Viewer {
    }

    record TrustedService(String name) implements Viewer {
    }

    default Optional<LearnerId> accountId() {
        return this instanceof Account account ? Optional.of(account.learnerId()) : Optional.empty();
    }

    default boolean isAdmin() {
        return this instanceof Account account && account.role() == Role.ADMIN;
    }
}
