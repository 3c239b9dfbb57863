package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.Quote;
import dev.roster.enrollment.identity.application.Viewer;
import dev.roster.enrollment.web.MoneyResponse;
import dev.roster.enrollment.web.apidocs.Answers;
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

    /** Every amount is {@link MoneyResponse}, the one money shape of the API. */
    record QuoteResponse(MoneyResponse listPrice, List<Line> lines, MoneyResponse discount, MoneyResponse total) {

        record Line(String rule, MoneyResponse amount) {
        }

        static QuoteResponse of(Quote quote) {
            return new QuoteResponse(
                    MoneyResponse.of(quote.listPrice()),
                    quote.lines().stream().map(line -> new Line(line.rule(), MoneyResponse.of(line.amount()))).toList(),
                    MoneyResponse.of(quote.discount()),
                    MoneyResponse.of(quote.total()));
        }
    }

    @Answers(problems = {"404 course_not_found", "422 coupon_invalid"})
    @GetMapping("/api/v1/courses/{id}/quote")
    QuoteResponse quote(@AuthenticationPrincipal Viewer.Account viewer, @PathVariable UUID id,
                        @RequestParam Optional<String> coupon) {
        return QuoteResponse.of(quotes.quote(viewer.learnerId(), new CourseId(id), coupon));
    }
}
