package dev.roster.enrollment.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The instants Roster accepts from a client (a course's start, a coupon's validity): from
 * {@value #EARLIEST_TEXT} to {@value #LATEST_TEXT}. Wide enough for any real course or coupon,
 * narrow enough that PostgreSQL's {@code timestamptz} (4713 BC to 294276 AD) holds every one and
 * no date arithmetic on them overflows; {@link Instant#MAX} is refused rather than answered with 500.
 *
 * <p>Also the one place instants are cut to microseconds, what PostgreSQL's {@code timestamptz} keeps,
 * so that an instant answered at once and the same instant read back later agree.
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

    /** The clock's instant in microseconds, as it will be stored. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The instant in microseconds, as it will be stored; null stays null. */
    public static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
