package dev.roster.enrollment.shared;

import java.time.Instant;
import java.util.List;

/**
 * The instants Roster accepts from a client (a course's start, a coupon's validity): from
 * {@value #EARLIEST_TEXT} to {@value #LATEST_TEXT}. Wide enough for any real course or coupon,
 * narrow enough that PostgreSQL's {@code timestamptz} (4713 BC to 294276 AD) holds every one and
 * no date arithmetic on them overflows; {@link Instant#MAX} is refused rather than answered with 500.
 */
public final class Timestamps {

    static final String EARLIEST_TEXT = "2000-01-01T00:00:00Z";
    static final String LATEST_TEXT = "9999-12-31T23:59:59.999999Z";

    public static final Instant EARLIEST = Instant.parse(EARLIEST_TEXT);
    public static final Instant LATEST = Instant.parse(LATEST_TEXT);

    private Timestamps() {
    }

    public static final String OUT_OF_RANGE = "must be between " + EARLIEST_TEXT + " and " + LATEST_TEXT;

    public static boolean isInRange(Instant at) {
        return !at.isBefore(EARLIEST) && !at.isAfter(LATEST);
    }

    /** Adds an error on {@code field} when {@code at} lies outside the accepted range; null is for the caller. */
    public static void checkRange(String field, Instant at, List<FieldError> errors) {
        if (at != null && !isInRange(at)) {
            errors.add(new FieldError(field, OUT_OF_RANGE));
        }
    }
}
