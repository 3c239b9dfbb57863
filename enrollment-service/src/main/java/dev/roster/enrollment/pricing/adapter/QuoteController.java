package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.Quote;
import dev.roster.enrollment.identity.application.Viewer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuoteController {

    private final QuoteService quotes;

    QuoteController(QuoteService quotes) {
        this.quotes = quotes;
    }

    /** Amounts are decimal strings in major units, like every amount in the API. */
    record QuoteResponse(String listPrice, List<Line> lines, String discount, String total, String currency) {

        record Line(String rule, String amount) {
        }

        static QuoteResponse of(Quote quote) {
            return new QuoteResponse(
                    quote.listPrice().toDecimal().toPlainString(),
                    quote.lines().stream()
                            .map(line -> new Line(line.rule(), line.amount().toDecimal().toPlainString()))
                            .toList(),
                    quote.discount().toDecimal().toPlainString(),
                    quote.total().toDecimal().toPlainString(),
                    quote.currency().getCurrencyCode());
        }
    }

    @GetMapping("/api/v1/courses/{id}/quote")
    QuoteResponse quote(@AuthenticationPrincipal Viewer.Account viewer, @PathVariable UUID id,
                        @RequestParam Optional<String> coupon) {
        return QuoteResponse.of(quotes.quote(viewer.learnerId(), new CourseId(id), coupon));
    }
}
