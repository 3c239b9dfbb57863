package dev.roster.enrollment.pricing.domain;

import java.util.Optional;

/**
 * A fixed credit of 5 major units of the list price's currency (5.00 EUR, 5 JPY) on a learner's
 * first order. The line is the full credit even on a cheaper course; the policy's cap keeps the
 * discount within the list price.
 */
public record FirstOrderCreditRule() implements DiscountRule {

    public static final String NAME = "first_order_credit";

    private static final long CREDIT_MAJOR_UNITS = 5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<DiscountLine> apply(PricingContext context) {
        if (!context.firstOrder()) {
            return Optional.empty();
        }
        return DiscountLine.unlessZero(NAME, MajorUnits.of(CREDIT_MAJOR_UNITS, context.listPrice().currency()));
    }
}
