package dev.roster.enrollment.purchase.application;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer a purchase request got, kept under its idempotency key so that a retry gets exactly
 * this again: the status, the location of the enrollment when there is one to point at, and the
 * body byte for byte.
 */
public record PurchaseAnswer(int status, Optional<String> location, String body) {

    public PurchaseAnswer {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
    }
}
