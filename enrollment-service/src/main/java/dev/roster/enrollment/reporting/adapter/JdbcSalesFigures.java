package dev.roster.enrollment.reporting.adapter;

import dev.roster.enrollment.reporting.application.SalesFigures;
import dev.roster.enrollment.reporting.domain.CourseSales;
import dev.roster.enrollment.reporting.domain.DiscountTotal;
import dev.roster.enrollment.reporting.domain.ReportPeriod;
import dev.roster.enrollment.shared.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report in one SELECT over the course, enrollment and coupon_redemption tables (read, never
 * written: see the package's documentation). One statement is one snapshot, so the counts, sums and
 * discounts of a report always agree with each other without a transaction around several queries.
 * Sums stay in minor units (bigint, summed as numeric), never floating point.
 */
@Repository
class JdbcSalesFigures implements SalesFigures {

    /*
     * placed:    the enrollments placed in the period, whatever became of them.
     * sales:     per course and currency: counts by current status, revenue (totals of confirmed ones),
     *            refunds (totals whose refund went through), and the confirmed ones holding a coupon
     *            redemption (a redemption given back on rejection, expiry or cancellation is deleted).
     * discounts: per course and currency, each rule's lines of the confirmed ones summed, as two
     *            arrays in rule order (price_lines is a JSON array of {rule, amountMinor}).
     * Every course gets a line; one without sales in the period has zeros in its own currency.
     */
    private static final String REPORT = """
            WITH placed AS (
                SELECT e.id, e.course_id, e.currency, e.status, e.total_minor, e.refund_status, e.price_lines
                  FROM enrollment e
                 WHERE e.created_at >= :start AND e.created_at < :end),
            sales AS (
                SELECT p.course_id, p.currency,
                       count(*) FILTER (WHERE p.status = 'CONFIRMED') AS confirmed,
                       count(*) FILTER (WHERE p.status = 'CANCELLED') AS cancelled,
                       coalesce(sum(p.total_minor) FILTER (WHERE p.status = 'CONFIRMED'), 0) AS revenue_minor,
                       coalesce(sum(p.total_minor) FILTER (WHERE p.refund_status = 'REFUNDED'), 0) AS refunds_minor,
                       count(r.order_id) FILTER (WHERE p.status = 'CONFIRMED') AS coupon_redemptions
                  FROM placed p LEFT JOIN coupon_redemption r ON r.order_id = p.id
                 GROUP BY p.course_id, p.currency),
            discounts AS (
                SELECT course_id, currency,
                       array_agg(rule ORDER BY rule) AS rules,
                       array_agg(amount_minor ORDER BY rule) AS amounts_minor
                  FROM (SELECT p.course_id, p.currency, line.rule, sum(line."amountMinor") AS amount_minor
                          FROM placed p
                         CROSS JOIN LATERAL jsonb_to_recordset(p.price_lines) AS line(rule text, "amountMinor" bigint)
                         WHERE p.status = 'CONFIRMED'
                         GROUP BY p.course_id, p.currency, line.rule) per_rule
                 GROUP BY course_id, currency)
            SELECT c.id, c.code, c.title, c.status, c.capacity, c.seats_taken,
                   round(c.seats_taken::numeric / nullif(c.capacity, 0), 4) AS fill_rate,
                   coalesce(s.currency, c.currency) AS line_currency,
                   coalesce(s.confirmed, 0) AS confirmed,
                   coalesce(s.cancelled, 0) AS cancelled,
                   coalesce(s.revenue_minor, 0) AS revenue_minor,
                   coalesce(s.refunds_minor, 0) AS refunds_minor,
                   coalesce(s.coupon_redemptions, 0) AS coupon_redemptions,
                   d.rules, d.amounts_minor
              FROM course c
              LEFT JOIN sales s ON s.course_id = c.id
              LEFT JOIN discounts d ON d.course_id = s.course_id AND d.currency = s.currency
             ORDER BY c.starts_at, c.code, line_currency""";

    private final JdbcClient jdbc;

    JdbcSalesFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CourseSales> perCourse(ReportPeriod period) {
        // bound as timestamptz values with their offset, never through the JVM's default zone
        return jdbc.sql(REPORT)
                .param("start", period.start().atOffset(ZoneOffset.UTC))
                .param("end", period.end().atOffset(ZoneOffset.UTC))
                .query(JdbcSalesFigures::toLine)
                .list();
    }

    private static CourseSales toLine(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("line_currency"));
        return new CourseSales(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("status"),
                rs.getInt("capacity"),
                rs.getInt("seats_taken"),
                Optional.ofNullable(rs.getBigDecimal("fill_rate")),
                rs.getLong("confirmed"),
                rs.getLong("cancelled"),
                new Money(rs.getBigDecimal("revenue_minor").longValueExact(), currency),
                new Money(rs.getBigDecimal("refunds_minor").longValueExact(), currency),
                discounts(rs.getArray("rules"), rs.getArray("amounts_minor"), currency),
                rs.getLong("coupon_redemptions"));
    }

    private static List<DiscountTotal> discounts(Array rules, Array amounts, Currency currency) throws SQLException {
        if (rules == null || amounts == null) {
            return List.of();
        }
        String[] names = (String[]) rules.getArray();
        BigDecimal[] sums = (BigDecimal[]) amounts.getArray();
        List<DiscountTotal> totals = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            totals.add(new DiscountTotal(names[i], new Money(sums[i].longValueExact(), currency)));
        }
        return totals;
    }
}
