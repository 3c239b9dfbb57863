package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What a price depends on: the course's list price, whether the learner is a member, the coupon
 * (already checked valid by the caller) and whether this would be the learner's first order
 * (no other order of theirs holds the first-order credit).
 */
public record PricingContext(Money listPrice, boolean member, Optional<Coupon> coupon, boolean firstOrder) {

    public PricingContext {
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(coupon, "coupon");
        if (listPrice.isNegative()) {
            throw new IllegalArgumentException("list price must not be negative, was " + listPrice);
        }
    }
}
