package dev.roster.enrollment.pricing.application;

import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.Timestamps;
import dev.roster.enrollment.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A coupon an administrator wants to create, valid once built: a constructor that returns has
 * checked every field; otherwise it throws a {@link ValidationException} naming every invalid field
 * by its path ({@code /code}, {@code /percentOff}, {@code /validFrom}, {@code /validUntil},
 * {@code /maxRedemptions}).
 *
 * <p>Normalised on the way in: the code is trimmed and upper-cased (codes are stored upper-case and
 * matched in any case), the instants truncated to microseconds (what PostgreSQL keeps, so that the
 * window checked here is the window stored). Numbers are boxed so that a missing one is reported as a
 * field error rather than read as zero.
 *
 * @param code           3 to 64 characters of letters, digits, {@code _} and {@code -}
 * @param percentOff     1 to 100
 * @param validFrom      first instant the coupon can be used, within {@link Timestamps}' range
 * @param validUntil     first instant it no longer can; after {@code validFrom}, within the same range
 * @param maxRedemptions how many times it can be used, 1 to {@value #MAX_REDEMPTIONS}
 */
public record NewCoupon(
        String code,
        Integer percentOff,
        Instant validFrom,
        Instant validUntil,
        Integer maxRedemptions) {

    public static final int MIN_CODE_LENGTH = 3;
    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_REDEMPTIONS = 1_000_000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");

    public NewCoupon {
        code = code == null ? null : code.strip();
        validFrom = Timestamps.micros(validFrom);
        validUntil = Timestamps.micros(validUntil);

        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            errors.add(new FieldError("/code", "is required"));
        } else if (code.length() < MIN_CODE_LENGTH || code.length() > MAX_CODE_LENGTH) {
            errors.add(new FieldError("/code", "must be " + MIN_CODE_LENGTH + " to " + MAX_CODE_LENGTH + " characters"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("/code", "must contain only letters, digits, '_' and '-'"));
        }
        if (percentOff == null) {
            errors.add(new FieldError("/percentOff", "is required"));
        } else if (percentOff < 1 || percentOff > 100) {
            errors.add(new FieldError("/percentOff", "must be between 1 and 100"));
        }
        if (validFrom == null) {
            errors.add(new FieldError("/validFrom", "is required"));
        }
        Timestamps.checkRange("/validFrom", validFrom, errors);
        if (validUntil == null) {
            errors.add(new FieldError("/validUntil", "is required"));
        } else if (!Timestamps.isInRange(validUntil)) {
            errors.add(new FieldError("/validUntil", Timestamps.OUT_OF_RANGE));
        } else if (validFrom != null && !validUntil.isAfter(validFrom)) {
            errors.add(new FieldError("/validUntil", "must be after validFrom"));
        }
        if (maxRedemptions == null) {
            errors.add(new FieldError("/maxRedemptions", "is required"));
        } else if (maxRedemptions < 1 || maxRedemptions > MAX_REDEMPTIONS) {
            errors.add(new FieldError("/maxRedemptions", "must be between 1 and " + MAX_REDEMPTIONS));
        }
        ValidationException.throwIfAny(errors);
        code = code.toUpperCase(Locale.ROOT);
    }

    /** Whether some coupon could have this code (trimmed); one that could not need not be looked up. */
    public static boolean isWellFormedCode(String code) {
        return code != null && code.length() >= MIN_CODE_LENGTH && code.length() <= MAX_CODE_LENGTH
                && CODE.matcher(code).matches();
    }
}
