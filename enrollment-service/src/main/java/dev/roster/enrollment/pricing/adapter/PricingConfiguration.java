package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.pricing.application.CouponAdminService;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.application.FirstOrderCredits;
import dev.roster.enrollment.pricing.application.LearnerStandings;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.shared.IdGenerator;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires pricing's framework-free use cases to its ports and the configured rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PricingProperties.class)
class PricingConfiguration {

    @Bean
    CouponAdminService couponAdministration(Coupons coupons, IdGenerator ids) {
        return new CouponAdminService(coupons, ids);
    }

    @Bean
    QuoteService quoteService(CatalogService catalog, Coupons coupons, FirstOrderCredits credits,
                              LearnerStandings standings, PricingPolicy policy, Clock clock) {
        return new QuoteService(catalog, coupons, credits, standings, policy, clock);
    }

    /** The configured rules; an unknown or repeated name stops the start, naming it. */
    @Bean
    PricingPolicy pricingPolicy(PricingProperties properties) {
        return PricingPolicy.of(properties.rules());
    }
}
