package dev.roster.enrollment.pricing.domain;

import java.util.List;
import java.util.Optional;

/**
 * A percentage off dearer courses, by list price in major units of its currency: from 100 → 5%,
 * from 500 → 10%, from 1000 → 15%. Only the highest tier reached applies.
 */
public record VolumeTierRule() implements DiscountRule {

    public static final String NAME = "volume_tier";

    private record Tier(long fromMajorUnits, Percent percent) {
    }

    /** Highest first, so the first tier reached is the one that applies. */
    private static final List<Tier> TIERS = List.of(
            new Tier(1000, Percent.of(15)),
            new Tier(500, Percent.of(10)),
            new Tier(100, Percent.of(5)));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<DiscountLine> apply(PricingContext context) {
        var listPrice = context.listPrice();
        return TIERS.stream()
                .filter(tier -> listPrice.amountMinor()
                        >= MajorUnits.of(tier.fromMajorUnits(), listPrice.currency()).amountMinor())
                .findFirst()
                .flatMap(tier -> DiscountLine.unlessZero(NAME, tier.percent().applyTo(listPrice)));
    }
}
