package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.Price;
import dev.roster.enrollment.web.MoneyResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment as the API shows it. {@code id} comes first: V9 recovered the Location of answers
 * stored before it off their bodies, and clients may read it the same way.
 */
record EnrollmentResponse(UUID id, UUID courseId, String status, PriceResponse price, Instant createdAt,
                          Instant confirmedAt, String reason) {

    /** Every amount is {@link MoneyResponse}, the one money shape of the API. */
    record PriceResponse(MoneyResponse listPrice, List<Line> lines, MoneyResponse discount, MoneyResponse total) {
        record Line(String rule, MoneyResponse amount) {
        }

        static PriceResponse of(Price price) {
            return new PriceResponse(MoneyResponse.of(price.listPrice()),
                    price.lines().stream().map(line -> new Line(line.rule(), MoneyResponse.of(line.amount()))).toList(),
                    MoneyResponse.of(price.discount()), MoneyResponse.of(price.total()));
        }
    }

    static EnrollmentResponse of(Enrollment enrollment) {
        return new EnrollmentResponse(enrollment.id().value(), enrollment.courseId().value(),
                enrollment.status().name(), PriceResponse.of(enrollment.price()), enrollment.createdAt(),
                enrollment.confirmedAt().orElse(null), enrollment.reason().orElse(null));
    }
}
