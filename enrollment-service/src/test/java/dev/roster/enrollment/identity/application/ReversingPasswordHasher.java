package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.PasswordHash;

/**
 * A fast fake of {@link PasswordHasher} for application tests: Argon2id is the adapter's concern
 * (and its own integration test's); here only "a hash that matches its password" matters.
 */
public class ReversingPasswordHasher implements PasswordHasher {

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash("reversed:" + new StringBuilder(password).reverse());
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        return hash(password).equals(hash);
    }
}
