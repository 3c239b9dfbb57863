package dev.roster.enrollment.pricing.domain;

import java.util.Optional;

/** Members get 5% of the list price off, on top of any volume tier. */
public record MemberRule() implements DiscountRule {

    public static final String NAME = "member";

    private static final Percent MEMBER_PERCENT = Percent.of(5);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<DiscountLine> apply(PricingContext context) {
        if (!context.member()) {
            return Optional.empty();
        }
        return DiscountLine.unlessZero(NAME, MEMBER_PERCENT.applyTo(context.listPrice()));
    }
}
