package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.shared.Money;

/**
 * A whole percentage from 0 to 100, and the one place where a percentage of money is rounded.
 *
 * <p>Rounding is half-up to the currency's minor unit (DESIGN.md section 3), done in exact
 * {@code long} arithmetic rather than BigDecimal: {@code minor * percent} is the result in
 * hundredths of a minor unit, so adding 50 and dividing by 100 rounds half-up with no
 * intermediate fractions (5% of 100.10 EUR: 10010 * 5 = 50050, (50050 + 50) / 100 = 501, i.e.
 * 5.01). Only prices are discounted, so negative amounts are refused rather than rounded.
 * {@link Math#multiplyExact} refuses to overflow silently.
 */
public record Percent(int value) {

    public Percent {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("percent must be 0 to 100, was " + value);
        }
    }

    public static Percent of(int value) {
        return new Percent(value);
    }

    /** This percentage of the amount, rounded half-up to the minor unit, in the amount's currency. */
    public Money applyTo(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("percentages apply to prices, which are never negative; was " + amount);
        }
        long hundredths = Math.multiplyExact(amount.amountMinor(), (long) value);
        return new Money((hundredths + 50) / 100, amount.currency());
    }

    @Override
    public String toString() {
        return value + "%";
    }
}
