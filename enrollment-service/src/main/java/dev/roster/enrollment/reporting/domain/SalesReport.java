package dev.roster.enrollment.reporting.domain;

import java.util.List;
import java.util.Objects;

/** The sales and fill report for a period: a line per course (and currency), ordered like the catalog. */
public record SalesReport(ReportPeriod period, List<CourseSales> courses) {

    public SalesReport {
        Objects.requireNonNull(period, "period");
        courses = List.copyOf(courses);
    }
}
