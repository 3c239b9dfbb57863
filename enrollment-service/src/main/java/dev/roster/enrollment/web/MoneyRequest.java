package dev.roster.enrollment.web;

import dev.roster.enrollment.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as a client sends it, shaped like {@link MoneyResponse}: {@code {"amount": "129.00",
 * "currency": "EUR"}}. The amount may have no more decimals than the currency has minor digits.
 */
public record MoneyRequest(String amount, String currency) {

    /** The amount in minor units; errors name the field under {@code pointer}, e.g. {@code /price}. */
    public long toMinorUnits(String pointer) {
        int digits = fractionDigits(pointer);
        if (amount == null || amount.isBlank()) {
            throw new ValidationException(pointer + "/amount", "is required");
        }
        try {
            BigDecimal decimal = new BigDecimal(amount.strip());
            if (decimal.scale() > digits) {
                throw new ValidationException(pointer + "/amount", "has more than " + digits + " decimals");
            }
            return decimal.movePointRight(digits).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationException(pointer + "/amount", "must be a decimal number such as \"129.00\"");
        }
    }

    /** The currency code, upper-cased; refused unless it is an ISO 4217 code. */
    public String currencyCode(String pointer) {
        fractionDigits(pointer);
        return currency.strip().toUpperCase(Locale.ROOT);
    }

    private int fractionDigits(String pointer) {
        try {
            return Math.max(Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getDefaultFractionDigits(), 0);
        } catch (RuntimeException e) {
            throw new ValidationException(pointer + "/currency", "must be an ISO 4217 code such as EUR");
        }
    }
}
