package dev.roster.enrollment.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The secret a client holds for a session: {@value #BYTES} random bytes (256 bits), base64url
 * without padding, so always {@value #LENGTH} characters of {@code [A-Za-z0-9_-]}.
 *
 * <p>Only its {@link #hash()} is stored. {@link #toString()} never shows the value, so a token that
 * ends up in a log message or an exception stays secret.
 */
public final class SessionToken {

    public static final int BYTES = 32;
    public static final int LENGTH = 43;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String value;

    private SessionToken(String value) {
        this.value = value;
    }

    /**
     * A new token from {@code random}. In production that is a {@link java.security.SecureRandom};
     * tests pass a seeded generator.
     */
    public static SessionToken generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new SessionToken(BASE64URL.encodeToString(bytes));
    }

    /** A token as a client presented it; empty when it cannot be one of ours (wrong length or alphabet). */
    public static Optional<SessionToken> parse(String presented) {
        if (presented == null || !SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SessionToken(presented));
    }

    /** A token with a known value; refuses anything not shaped like one of ours. */
    public static SessionToken of(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException(
                "a session token is " + LENGTH + " base64url characters"));
    }

    public String value() {
        return value;
    }

    /** SHA-256 of the value's UTF-8 bytes, in lowercase hex. */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionToken token
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                        token.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "SessionToken[***]";
    }
}
