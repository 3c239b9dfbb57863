package dev.roster.enrollment.reporting.domain;

import dev.roster.enrollment.shared.Money;
import java.util.Objects;

/** What one discount rule (e.g. {@code coupon}) took off the confirmed sales of a course, in total. */
public record DiscountTotal(String rule, Money amount) {

    public DiscountTotal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(amount, "amount");
    }
}
