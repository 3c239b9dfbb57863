package dev.roster.enrollment.identity.domain;

import java.util.Objects;

/** An encoded password hash (Argon2id, PHC string format). Never printed. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
