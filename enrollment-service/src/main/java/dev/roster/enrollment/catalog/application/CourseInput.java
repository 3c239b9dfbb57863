package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Text;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for what an administrator may type into a course, shared by creating and changing one.
 * Each check adds at most one error per field to the list it is given, so a command reports every
 * invalid field at once.
 */
final class CourseInput {

    static final int MAX_DESCRIPTION_LENGTH = 2000;
    static final int MAX_CAPACITY = 10_000;
    /** The highest list price in major units of any currency: far above any course, far below overflow. */
    static final long MAX_PRICE_MAJOR = 1_000_000;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private CourseInput() {
    }

    /** Trimmed and upper-cased, as codes are stored; null stays null. */
    static String normalizedCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    static String normalizedText(String text) {
        return text == null ? null : text.strip();
    }

    static void checkCode(String normalizedCode, List<FieldError> errors) {
        if (checkRequiredLine("/code", normalizedCode, Course.MAX_CODE_LENGTH, errors)
                && !CODE.matcher(normalizedCode).matches()) {
            errors.add(new FieldError("/code",
                    "must start with a letter or digit and contain only letters, digits and hyphens"));
        }
    }

    static void checkTitle(String normalizedTitle, List<FieldError> errors) {
        checkRequiredLine("/title", normalizedTitle, Course.MAX_TITLE_LENGTH, errors);
    }

    /**
     * A required single line of at most {@code max} characters, the rule code and title share; adds
     * the first thing wrong with it (one error per field) and answers whether it passed.
     */
    private static boolean checkRequiredLine(String pointer, String normalized, int max, List<FieldError> errors) {
        if (normalized == null || normalized.isEmpty()) {
            errors.add(new FieldError(pointer, "is required"));
            return false;
        }
        if (Text.problemWith(normalized, false).isPresent()) {
            Text.checkLine(pointer, normalized, errors);
            return false;
        }
        if (normalized.length() > max) {
            errors.add(new FieldError(pointer, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    static void checkDescription(String normalizedDescription, List<FieldError> errors) {
        if (Text.problemWith(normalizedDescription, true).isPresent()) {
            Text.checkMultiLine("/description", normalizedDescription, errors);
        } else if (normalizedDescription != null && normalizedDescription.length() > MAX_DESCRIPTION_LENGTH) {
            errors.add(new FieldError("/description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters"));
        }
    }

    /**
     * A price from 0 to {@value #MAX_PRICE_MAJOR} major units: a larger one would overflow the
     * quotes and purchases of the course later, long after it was accepted here.
     */
    static void checkPriceAmount(Long amountMinor, String normalizedCurrency, List<FieldError> errors) {
        if (amountMinor == null) {
            errors.add(new FieldError("/price/amount", "is required"));
        } else if (amountMinor < 0) {
            errors.add(new FieldError("/price/amount", "must not be negative"));
        } else if (amountMinor > maxPriceMinor(normalizedCurrency)) {
            errors.add(new FieldError("/price/amount", "must be at most " + MAX_PRICE_MAJOR + " in major units"));
        }
    }

    private static long maxPriceMinor(String normalizedCurrency) {
        Currency currency = normalizedCurrency == null ? null : currency(normalizedCurrency);
        int digits = currency == null ? 2 : currency.getDefaultFractionDigits();
        long max = MAX_PRICE_MAJOR;
        for (int digit = 0; digit < digits; digit++) {
            max *= 10;
        }
        return max;
    }

    static void checkCurrency(String normalizedCurrency, List<FieldError> errors) {
        if (normalizedCurrency == null || normalizedCurrency.isEmpty()) {
            errors.add(new FieldError("/price/currency", "is required"));
        } else if (currency(normalizedCurrency) == null) {
            errors.add(new FieldError("/price/currency", "must be an ISO 4217 currency code such as EUR"));
        }
    }

    static void checkCapacity(Integer capacity, List<FieldError> errors) {
        if (capacity == null) {
            errors.add(new FieldError("/capacity", "is required"));
        } else if (capacity < 0 || capacity > MAX_CAPACITY) {
            errors.add(new FieldError("/capacity", "must be between 0 and " + MAX_CAPACITY));
        }
    }

    /** The money, once {@link #checkPriceAmount} and {@link #checkCurrency} found nothing wrong. */
    static Money price(long amountMinor, String normalizedCurrency) {
        return new Money(amountMinor, currency(normalizedCurrency));
    }

    /** Upper-cased and trimmed; null stays null. */
    static String normalizedCurrency(String currency) {
        return currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    }

    /** A real ISO 4217 currency with minor units; null for anything else (including XXX, "no currency"). */
    private static Currency currency(String code) {
        if (!CURRENCY.matcher(code).matches()) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
