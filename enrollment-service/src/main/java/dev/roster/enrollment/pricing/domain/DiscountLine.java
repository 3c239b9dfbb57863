package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** What one rule takes off, named by the rule (e.g. {@code volume_tier}). Always a positive amount. */
public record DiscountLine(String rule, Money amount) {

    public DiscountLine {
        Objects.requireNonNull(amount, "amount");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule must not be blank");
        }
        if (amount.amountMinor() <= 0) {
            throw new IllegalArgumentException("a discount line must be positive, was " + amount + " for " + rule);
        }
    }

    /** A line for the amount, or nothing when it rounds to zero: a quote shows no zero lines. */
    static Optional<DiscountLine> unlessZero(String rule, Money amount) {
        return amount.amountMinor() == 0 ? Optional.empty() : Optional.of(new DiscountLine(rule, amount));
    }
}
