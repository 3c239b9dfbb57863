package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.pricing.application.CouponAdminService;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.shared.IdGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires what pricing needs nothing but its own stores and settings for: the configured rules and the
 * coupon administration, so the rules can be started and checked alone (PricingConfigurationIT). The
 * quote service, which also needs the catalog and the learners' standings, is in
 * {@link QuoteConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PricingProperties.class)
class PricingConfiguration {

    @Bean
    CouponAdminService couponAdministration(Coupons coupons, IdGenerator ids) {
        return new CouponAdminService(coupons, ids);
    }

    /** The configured rules; an unknown or repeated name stops the start, naming it. */
    @Bean
    PricingPolicy pricingPolicy(PricingProperties properties) {
        return PricingPolicy.of(properties.rules());
    }
}
