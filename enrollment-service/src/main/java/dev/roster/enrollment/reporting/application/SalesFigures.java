package dev.roster.enrollment.reporting.application;

import dev.roster.enrollment.reporting.domain.CourseSales;
import dev.roster.enrollment.reporting.domain.ReportPeriod;
import java.util.List;

/**
 * The figures of the sales and fill report (port, owned by reporting). The adapter computes them in
 * one read-only statement, so every figure of a report comes from the same snapshot of the data.
 */
public interface SalesFigures {

    /**
     * A line per course, every course included (drafts and courses with no sales too), ordered by start
     * time, then code, then currency; see {@link CourseSales} for what each figure counts.
     */
    List<CourseSales> perCourse(ReportPeriod period);
}
