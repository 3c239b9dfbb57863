package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.Price;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment as the API shows it. {@code id} comes first: V9 recovered the Location of answers
 * stored before it off their bodies, and clients may read it the same way.
 */
record EnrollmentResponse(UUID id, UUID courseId, String status, PriceResponse price, Instant createdAt,
                          Instant confirmedAt, String reason) {

    record PriceResponse(String listPrice, List<Line> lines, String discount, String total, String currency) {
        record Line(String rule, String amount) {
        }

        static PriceResponse of(Price price) {
            return new PriceResponse(price.listPrice().toDecimal().toPlainString(),
                    price.lines().stream()
                            .map(line -> new Line(line.rule(), line.amount().toDecimal().toPlainString())).toList(),
                    price.discount().toDecimal().toPlainString(), price.total().toDecimal().toPlainString(),
                    price.currency().getCurrencyCode());
        }
    }

    static EnrollmentResponse of(Enrollment enrollment) {
        return new EnrollmentResponse(enrollment.id().value(), enrollment.courseId().value(),
                enrollment.status().name(), PriceResponse.of(enrollment.price()), enrollment.createdAt(),
                enrollment.confirmedAt().orElse(null), enrollment.reason().orElse(null));
    }
}
