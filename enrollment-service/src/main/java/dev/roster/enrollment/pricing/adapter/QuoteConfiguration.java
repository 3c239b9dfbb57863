package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.application.FirstOrderCredits;
import dev.roster.enrollment.pricing.application.LearnerStandings;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the quote service to its stores, the catalog (course and list price) and the learners' standings. */
@Configuration(proxyBeanMethods = false)
class QuoteConfiguration {

    @Bean
    QuoteService quoteService(CatalogService catalog, Coupons coupons, FirstOrderCredits credits,
                              LearnerStandings standings,
                              PricingPolicy policy, Clock clock) {
        return new QuoteService(catalog, coupons, credits, standings, policy, clock);
    }
}
