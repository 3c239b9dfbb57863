package dev.roster.enrollment.pricing.domain;

import java.util.Optional;

/**
 * One way to take money off a list price. A rule looks only at the {@link PricingContext}, never
 * at other rules' lines; {@link PricingPolicy} adds the lines up and caps the sum.
 */
public sealed interface DiscountRule permits VolumeTierRule, MemberRule, CouponRule, FirstOrderCreditRule {

    /** The stable name used in quote lines and in configuration, e.g. {@code volume_tier}. */
    String name();

    /** The line this rule gives, or empty when it gives nothing (never a zero line). */
    Optional<DiscountLine> apply(PricingContext context);
}
