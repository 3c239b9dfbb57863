package dev.roster.enrollment.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.reporting.domain.CourseSales;
import dev.roster.enrollment.reporting.domain.InvalidReportPeriodException;
import dev.roster.enrollment.reporting.domain.ReportPeriod;
import dev.roster.enrollment.reporting.domain.SalesReport;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The use case over a fake of its port that remembers the periods it was asked for. */
@Guards(Risk.REPORT_TOTALS_WRONG)
class SalesReportServiceTest {

    private static final CourseSales LINE = new CourseSales(UUID.fromString("0190a000-0000-7000-8000-0000000000e1"),
            "SQL-201", "PostgreSQL", "OPEN", 10, 3, Optional.empty(), 3, 0, Money.of(300_00, "EUR"),
            Money.of(0, "EUR"), List.of(), 0);

    private final List<ReportPeriod> asked = new ArrayList<>();
    private final SalesReportService reporting = new SalesReportService(period -> {
        asked.add(period);
        return List.of(LINE);
    });

    @Test
    void reportsTheFiguresOfThePeriodWrittenByTheClient() {
        SalesReport report = reporting.sales("2026-01-01", "2026-03-31");

        ReportPeriod firstQuarter = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(asked).containsExactly(firstQuarter);
        assertThat(report).isEqualTo(new SalesReport(firstQuarter, List.of(LINE)));
    }

    @Test
    void asksForNoFiguresWhenThePeriodIsRefused() {
        assertThatThrownBy(() -> reporting.sales("2026-03-31", "2026-01-01"))
                .isInstanceOf(InvalidReportPeriodException.class);

        assertThat(asked).isEmpty();
    }
}
