package dev.roster.paymentsandbox.shared;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Provider-style identifiers: a prefix ({@code ch_}, {@code re_}) and 24 random alphanumerics.
 * The random source is injected, so a seeded one makes the identifiers repeatable in tests.
 */
public class RandomIds {

    static final int LENGTH = 24;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final RandomGenerator random;

    public RandomIds(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Synchronized so that any random source, thread-safe or not, may be injected. */
    public synchronized String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix.length() + LENGTH).append(prefix);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
