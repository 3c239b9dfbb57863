package dev.roster.enrollment.reporting.adapter;

import dev.roster.enrollment.reporting.domain.CourseSales;
import dev.roster.enrollment.reporting.domain.DiscountTotal;
import dev.roster.enrollment.reporting.domain.SalesReport;
import dev.roster.enrollment.web.MoneyResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The sales and fill report as the API shows it. Money is {@code {"amount": "129.00", "currency": "EUR"}}
 * and the fill rate a decimal string with four places ({@code "0.3000"}), so no client parses either
 * into a binary floating-point number; the fill rate is null for a course with no capacity.
 */
record SalesReportResponse(LocalDate from, LocalDate to, List<Line> courses) {

    record Line(UUID id, String code, String title, String status, int capacity, int seatsTaken, String fillRate,
                String currency, long confirmed, long cancelled, MoneyResponse revenue, MoneyResponse refunds,
                List<Discount> discounts, long couponRedemptions) {
    }

    record Discount(String rule, MoneyResponse amount) {
    }

    static SalesReportResponse of(SalesReport report) {
        return new SalesReportResponse(report.period().from(), report.period().to(),
                report.courses().stream().map(SalesReportResponse::line).toList());
    }

    private static Line line(CourseSales sales) {
        return new Line(sales.courseId(), sales.code(), sales.title(), sales.status(), sales.capacity(),
                sales.seatsTaken(), sales.fillRate().map(BigDecimal::toPlainString).orElse(null),
                sales.revenue().currency().getCurrencyCode(), sales.confirmed(), sales.cancelled(),
                MoneyResponse.of(sales.revenue()), MoneyResponse.of(sales.refunds()),
                sales.discounts().stream().map(SalesReportResponse::discount).toList(), sales.couponRedemptions());
    }

    private static Discount discount(DiscountTotal total) {
        return new Discount(total.rule(), MoneyResponse.of(total.amount()));
    }
}
