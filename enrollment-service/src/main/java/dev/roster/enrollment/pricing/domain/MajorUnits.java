package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.shared.Money;
import java.util.Currency;

/** Whole amounts in major units (100.00 EUR, 500 JPY) as {@link Money}, for thresholds and fixed credits. */
final class MajorUnits {

    private MajorUnits() {
    }

    /** {@code units} major units of the currency: 100 EUR is 10000 minor, 100 JPY is 100 minor. */
    static Money of(long units, Currency currency) {
        long minor = units;
        for (int digit = 0; digit < Math.max(currency.getDefaultFractionDigits(), 0); digit++) {
            minor = Math.multiplyExact(minor, 10L);
        }
        return new Money(minor, currency);
    }
}
