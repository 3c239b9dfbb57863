package dev.roster.enrollment.identity.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a {@link SessionToken}'s value, as 64 lowercase hex digits. This, never the token,
 * is what gets stored: a leaked table does not let anyone sign in.
 */
public record TokenHash(String value) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        Objects.requireNonNull(value, "value");
        if (!SHA_256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lowercase hex digits");
        }
    }
}
