package dev.roster.enrollment.identity.domain;

import java.time.Instant;
import java.util.Objects;

/** An account: a learner or an administrator. */
public record Learner(
        LearnerId id,
        EmailAddress email,
        String name,
        PasswordHash passwordHash,
        Role role,
        boolean member,
        Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public Learner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public Learner withMember(boolean newMember) {
        return new Learner(id, email, name, passwordHash, role, newMember, createdAt);
    }
}
