package dev.roster.enrollment.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a report covers, both inclusive, as UTC calendar days: {@code 2026-01-01} to
 * {@code 2026-12-31} covers every instant from {@code 2026-01-01T00:00Z} up to, not including,
 * {@code 2027-01-01T00:00Z}. At most {@value #MAX_DAYS} days (a leap year), so one report's work stays
 * bounded, and within the dates the rest of the API accepts.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        requireWithinBounds("from", from);
        requireWithinBounds("to", to);
        if (from.isAfter(to)) {
            throw new InvalidReportPeriodException("to", "must not be before from (" + from + ")");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new InvalidReportPeriodException("to", "must be within " + MAX_DAYS + " days of from (both days counted)");
        }
    }

    /**
     * Reads a period from the two query parameters' text: ISO dates ({@code 2026-01-31}), nothing else
     * (no time, no zone, no week or ordinal dates), so a client never gets another period than it meant.
     */
    public static ReportPeriod parse(String from, String to) {
        return new ReportPeriod(date("from", from), date("to", to));
    }

    /** How many days the period covers, counting both ends. */
    public long days() {
        return days(from, to);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidReportPeriodException(parameter, "is required, as a date like 2026-01-31");
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException notADate) {
            throw new InvalidReportPeriodException(parameter, "must be a date like 2026-01-31");
        }
    }

    private static void requireWithinBounds(String parameter, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidReportPeriodException(parameter, "must be between " + EARLIEST + " and " + LATEST);
        }
    }
}
