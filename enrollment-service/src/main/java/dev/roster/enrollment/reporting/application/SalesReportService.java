package dev.roster.enrollment.reporting.application;

import dev.roster.enrollment.reporting.domain.InvalidReportPeriodException;
import dev.roster.enrollment.reporting.domain.ReportPeriod;
import dev.roster.enrollment.reporting.domain.SalesReport;
import java.util.Objects;

/** The administrator's sales and fill report over a period of days. Reads only. */
public class SalesReportService {

    private final SalesFigures figures;

    public SalesReportService(SalesFigures figures) {
        this.figures = Objects.requireNonNull(figures, "figures");
    }

    /**
     * The report for the days {@code from} to {@code to}, both inclusive, as the client wrote them.
     *
     * @throws InvalidReportPeriodException when a date is missing, malformed, out of bounds, or the
     *                                      period is reversed or longer than {@value ReportPeriod#MAX_DAYS} days
     */
    public SalesReport sales(String from, String to) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        return new SalesReport(period, figures.perCourse(period));
    }
}
