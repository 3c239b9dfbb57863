package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.Quote;
import dev.roster.enrollment.purchase.application.OrderPricing;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.Price;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Purchase's {@link OrderPricing} answered by pricing's application API, which holds and gives back
 * the discounts on its own tables; pricing's quote becomes purchase's {@link Price} here, at the seam.
 */
@Component
public class PricingAdapter implements OrderPricing {

    private final QuoteService quotes;

    public PricingAdapter(QuoteService quotes) {
        this.quotes = quotes;
    }

    @Override
    public Price priceOrder(LearnerId learner, CourseId course, Optional<String> couponCode, EnrollmentId order) {
        Quote quote = quotes.priceOrder(learner, course, couponCode, order.value());
        return new Price(quote.listPrice(),
                quote.lines().stream().map(line -> new Price.Line(line.rule(), line.amount())).toList(),
                quote.total());
    }

    @Override
    public void giveBack(EnrollmentId order) {
        quotes.releaseOrder(order.value());
    }
}
