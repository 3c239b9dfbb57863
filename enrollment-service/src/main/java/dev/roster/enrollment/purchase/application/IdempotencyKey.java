package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.shared.DomainException;

/** A client's Idempotency-Key header: 1 to 255 printable ASCII characters. */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "idempotency_key_invalid",
                    "The Idempotency-Key header must be 1 to " + MAX_LENGTH + " printable ASCII characters.");
        }
    }
}
