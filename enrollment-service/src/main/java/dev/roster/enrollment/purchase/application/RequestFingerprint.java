package dev.roster.enrollment.purchase.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a request's meaning, so a reused idempotency key with another body is caught:
 * SHA-256 over the parsed fields (not the raw JSON, so key order and whitespace do not matter).
 * Each field is length-prefixed, so ("ab", "c") and ("a", "bc") differ; a missing field differs
 * from an empty one.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String... fields) {
        StringBuilder canonical = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                canonical.append("-;");
            } else {
                canonical.append(field.length()).append(':').append(field).append(';');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
