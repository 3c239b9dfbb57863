package dev.roster.enrollment.pricing.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.pricing.application.CouponAdminService;
import dev.roster.enrollment.pricing.application.InMemoryCoupons;
import dev.roster.enrollment.pricing.domain.DiscountRule;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which discount rules price a course is configuration; a wrong name must stop the start, not be ignored. */
@Guards(Risk.PRICING_RULE_WRONG)
class PricingConfigurationIT {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PricingConfiguration.class)
            .withBean(InMemoryCoupons.class)
            .withBean(IdGenerator.class, () -> UUID::randomUUID);

    @Test
    void appliesAllFourRulesInTheStandardOrderByDefault() {
        context.run(started -> {
            assertThat(started).hasSingleBean(CouponAdminService.class);
            assertThat(ruleNames(started.getBean(PricingPolicy.class)))
                    .containsExactly("volume_tier", "member", "coupon", "first_order_credit");
        });
    }

    @Test
    void appliesTheConfiguredRulesInTheConfiguredOrder() {
        context.withPropertyValues("roster.pricing.rules=coupon,member").run(started ->
                assertThat(ruleNames(started.getBean(PricingPolicy.class))).containsExactly("coupon", "member"));
    }

    @Test
    void readsTheRulesWrittenAsAYamlList() {
        context.withPropertyValues("roster.pricing.rules[0]=first_order_credit", "roster.pricing.rules[1]=volume_tier")
                .run(started -> assertThat(ruleNames(started.getBean(PricingPolicy.class)))
                        .containsExactly("first_order_credit", "volume_tier"));
    }

    @Test
    void refusesToStartWithAnUnknownRule() {
        context.withPropertyValues("roster.pricing.rules=volume_tier,student").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("student"));
    }

    private static List<String> ruleNames(PricingPolicy policy) {
        return policy.rules().stream().map(DiscountRule::name).toList();
    }
}
