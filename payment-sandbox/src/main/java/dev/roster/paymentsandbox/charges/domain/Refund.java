package dev.roster.paymentsandbox.charges.domain;

import java.util.Objects;

/** A refund of a whole charge; the sandbox only makes refunds that succeed. */
public record Refund(String id, String charge, long amount) {

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(charge, "charge");
    }

    public static Refund of(String id, Charge charge) {
        return new Refund(id, charge.id(), charge.amount());
    }
}
