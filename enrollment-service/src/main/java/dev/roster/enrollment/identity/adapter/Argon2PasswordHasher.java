package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.PasswordHasher;
import dev.roster.enrollment.identity.domain.PasswordHash;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id through Spring Security's encoder (BouncyCastle underneath), with the OWASP ASVS 5
 * V11.4.2 minimum: 19 MiB of memory, 2 iterations, parallelism 1; 16-byte salt, 32-byte hash.
 */
class Argon2PasswordHasher implements PasswordHasher {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash(encoder.encode(password));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        return encoder.matches(password, hash.encoded());
    }
}
