package dev.roster.enrollment.web;

import dev.roster.enrollment.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Money as a client sends it, shaped like {@link MoneyResponse}: {@code {"amount": "129.00",
 * "currency": "EUR"}}. The amount is a plain decimal ({@code -?digits[.digits]}, no exponent) with
 * no more decimals than the currency has minor digits.
 */
public record MoneyRequest(String amount, String currency) {

    /** At most 15 digits before the point still fit a long in minor units; the domain's bound is far lower. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");
    private static final int MAX_LENGTH = 32;

    /** The amount in minor units; errors name the field under {@code pointer}, e.g. {@code /price}. */
    public long toMinorUnits(String pointer) {
        int digits = fractionDigits(pointer);
        if (amount == null || amount.isBlank()) {
            throw new ValidationException(pointer + "/amount", "is required");
        }
        String plain = amount.strip();
        // length and shape before BigDecimal, so the cost is bounded: "1e10000000" would take seconds
        // to expand, and an exponent, a '+' or a 40-digit amount is no way to write a price anyway
        if (plain.length() > MAX_LENGTH || !PLAIN_DECIMAL.matcher(plain).matches()) {
            throw new ValidationException(pointer + "/amount", "must be a decimal number such as \"129.00\"");
        }
        BigDecimal decimal = new BigDecimal(plain);
        if (decimal.scale() > digits) {
            throw new ValidationException(pointer + "/amount", "has more than " + digits + " decimals");
        }
        return decimal.movePointRight(digits).longValueExact();
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
