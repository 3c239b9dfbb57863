package dev.roster.enrollment.pricing.domain;

import java.util.Optional;

/** The coupon's percentage of the list price. The coupon in the context is already known valid. */
public record CouponRule() implements DiscountRule {

    public static final String NAME = "coupon";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<DiscountLine> apply(PricingContext context) {
        return context.coupon()
                .flatMap(coupon -> DiscountLine.unlessZero(NAME, coupon.percent().applyTo(context.listPrice())));
    }
}
