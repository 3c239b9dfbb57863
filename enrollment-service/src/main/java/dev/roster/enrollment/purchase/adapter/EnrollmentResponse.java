package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.pricing.domain.Quote;
import dev.roster.enrollment.purchase.domain.Enrollment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment as the API shows it. {@code id} comes first: V9 recovered the Location of answers
 * stored before it off their bodies, and clients may read it the same way.
 */
record EnrollmentResponse(UUID id, UUID courseId, String status, Price price, Instant createdAt,
                          Instant confirmedAt, String reason) {

    record Price(String listPrice, List<Line> lines, String discount, String total, String currency) {
        record Line(String rule, String amount) {
        }

        static Price of(Quote quote) {
            return new Price(quote.listPrice().toDecimal().toPlainString(),
                    quote.lines().stream()
                            .map(line -> new Line(line.rule(), line.amount().toDecimal().toPlainString())).toList(),
                    quote.discount().toDecimal().toPlainString(), quote.total().toDecimal().toPlainString(),
                    quote.currency().getCurrencyCode());
        }
    }

    static EnrollmentResponse of(Enrollment enrollment) {
        return new EnrollmentResponse(enrollment.id().value(), enrollment.courseId().value(),
                enrollment.status().name(), Price.of(enrollment.price()), enrollment.createdAt(),
                enrollment.confirmedAt().orElse(null), enrollment.reason().orElse(null));
    }
}
