package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.catalog.application.CourseCatalog;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.application.FirstOrderCredits;
import dev.roster.enrollment.pricing.application.LearnerStandings;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuoteConfiguration {

    @Bean
    QuoteService quoteService(CourseCatalog catalog, Coupons coupons, FirstOrderCredits credits,
                              LearnerStandings standings,
                              PricingPolicy policy, Clock clock) {
        return new QuoteService(catalog, coupons, credits, standings, policy, clock);
    }
}
