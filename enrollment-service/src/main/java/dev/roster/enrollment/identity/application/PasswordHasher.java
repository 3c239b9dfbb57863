package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.PasswordHash;

/** Hashes and checks passwords (port); the adapter uses Argon2id. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
