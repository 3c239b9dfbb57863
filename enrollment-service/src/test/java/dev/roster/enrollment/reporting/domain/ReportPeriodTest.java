package dev.roster.enrollment.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.DomainException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Guards(Risk.REPORT_TOTALS_WRONG)
class ReportPeriodTest {

    @Test
    void coversWholeUtcDaysFromTheFirstInstantOfFromToTheFirstInstantAfterTo() {
        ReportPeriod period = ReportPeriod.parse("2026-01-01", "2026-12-31");

        assertThat(period.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(period.days()).isEqualTo(365);
    }

    @Test
    void acceptsASingleDay() {
        ReportPeriod day = ReportPeriod.parse("2026-02-28", "2026-02-28");

        assertThat(day.days()).isEqualTo(1);
        assertThat(day.end()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} days")
    @CsvSource({
            "2024-01-01, 2024-12-31, 366",
            "2025-03-01, 2026-03-01, 366",
            "2000-01-01, 2000-01-01, 1",
            "9999-01-01, 9999-12-31, 365",
    })
    void acceptsUpToAFullLeapYear(LocalDate from, LocalDate to, long days) {
        assertThat(new ReportPeriod(from, to).days()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} {3}")
    @CsvSource({
            "2026-02-01, 2026-01-31, to,   must not be before from (2026-02-01)",
            "2024-01-01, 2025-01-01, to,   must be within 366 days of from (both days counted)",
            "1999-12-31, 2000-01-01, from, must be between 2000-01-01 and 9999-12-31",
    })
    void refusesAReversedTooLongOrOutOfBoundsPeriod(LocalDate from, LocalDate to, String parameter, String reason) {
        assertThatThrownBy(() -> new ReportPeriod(from, to))
                .isInstanceOfSatisfying(InvalidReportPeriodException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                    assertThat(e.code()).isEqualTo("invalid_period");
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @ParameterizedTest(name = "from=''{0}'' is refused: {1}")
    @CsvSource(value = {
            "NULL|is required, as a date like 2026-01-31",
            "''|is required, as a date like 2026-01-31",
            "2026-1-1|must be a date like 2026-01-31",
            "2026-02-30|must be a date like 2026-01-31",
            "2026-01-01T00:00:00Z|must be a date like 2026-01-31",
            "2026-01-01+02:00|must be a date like 2026-01-31",
            "2026-W01-1|must be a date like 2026-01-31",
            " 2026-01-01|must be a date like 2026-01-31",
            "+10000-01-01|must be between 2000-01-01 and 9999-12-31",
    }, delimiter = '|', nullValues = "NULL", ignoreLeadingAndTrailingWhitespace = false)
    void refusesFromThatIsNotAPlainIsoDate(String from, String reason) {
        assertThatThrownBy(() -> ReportPeriod.parse(from, "2026-12-31"))
                .isInstanceOfSatisfying(InvalidReportPeriodException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("from");
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @Test
    void namesToWhenOnlyToIsMissing() {
        assertThatThrownBy(() -> ReportPeriod.parse("2026-01-01", null))
                .isInstanceOfSatisfying(InvalidReportPeriodException.class,
                        e -> assertThat(e.parameter()).isEqualTo("to"));
    }
}
