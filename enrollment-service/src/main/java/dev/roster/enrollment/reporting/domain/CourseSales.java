package dev.roster.enrollment.reporting.domain;

import dev.roster.enrollment.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One course's line of the sales and fill report. The course's own figures (status, capacity,
 * seats taken, fill rate) are as they are now; the sales figures count the enrollments placed in the
 * report's period, each with the status it has now. All money is in one currency: a course sold in two
 * currencies (repriced into another one) has one line per currency.
 *
 * @param fillRate          seats taken / capacity, 0 to 1 with four decimals; empty for a capacity of 0
 * @param confirmed         enrollments placed in the period and confirmed now
 * @param cancelled         enrollments placed in the period and cancelled since
 * @param revenue           the totals of the confirmed ones (cancelled ones are refunded, so not revenue)
 * @param refunds           the totals refunded of the enrollments placed in the period: cancellations and
 *                          charges that landed after their hold expired
 * @param discounts         per rule, what the confirmed ones were given off, by rule name
 * @param couponRedemptions confirmed ones that hold a coupon redemption
 */
public record CourseSales(
        UUID courseId,
        String code,
        String title,
        String status,
        int capacity,
        int seatsTaken,
        Optional<BigDecimal> fillRate,
        long confirmed,
        long cancelled,
        Money revenue,
        Money refunds,
        List<DiscountTotal> discounts,
        long couponRedemptions) {

    public CourseSales {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fillRate, "fillRate");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(refunds, "refunds");
        discounts = List.copyOf(discounts);
        if (!revenue.currency().equals(refunds.currency())
                || discounts.stream().anyMatch(d -> !d.amount().currency().equals(revenue.currency()))) {
            throw new IllegalArgumentException("one line of the report holds one currency, " + code + " mixed them");
        }
    }
}
