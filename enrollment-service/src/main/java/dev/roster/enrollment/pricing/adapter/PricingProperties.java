package dev.roster.enrollment.pricing.adapter;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which discount rules price a course, in order: {@code roster.pricing.rules}, e.g.
 * {@code roster.pricing.rules=member,coupon} or a YAML list. Unset means all four.
 *
 * <p>A bound record rather than {@code @Value("${roster.pricing.rules:...}")}: {@code @Value} reads
 * only the comma-separated form and would silently fall back to the default for a YAML list
 * ({@code roster.pricing.rules[0]=...}), pricing with rules nobody configured.
 *
 * @param rules rule names as {@link dev.roster.enrollment.pricing.domain.PricingPolicy#of} knows them
 */
@Validated
@ConfigurationProperties("roster.pricing")
public record PricingProperties(
        @DefaultValue({"volume_tier", "member", "coupon", "first_order_credit"}) @NotNull List<String> rules) {
}
