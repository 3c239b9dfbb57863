package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.pricing.application.CouponAdministration;
import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.shared.IdGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires pricing's framework-free parts. The quote service is wired where the learner standings
 * (identity) are, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PricingProperties.class)
class PricingConfiguration {

    @Bean
    CouponAdministration couponAdministration(Coupons coupons, IdGenerator ids) {
        return new CouponAdministration(coupons, ids);
    }

    /** The configured rules; an unknown or repeated name stops the start, naming it. */
    @Bean
    PricingPolicy pricingPolicy(PricingProperties properties) {
        return PricingPolicy.of(properties.rules());
    }
}
