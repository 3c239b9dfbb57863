package dev.roster.enrollment.pricing.domain;

import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pricing rules as business tables: every expected amount is written as the number the
 * business states (in EUR unless said otherwise), never computed from the implementation.
 */
@Guards(Risk.PRICING_RULE_WRONG)
class PricingPolicyTest {

    private static final boolean MEMBER = true;
    private static final boolean NON_MEMBER = false;
    private static final boolean FIRST_ORDER = true;
    private static final boolean REPEAT_ORDER = false;

    private final PricingPolicy tierAndMember = PricingPolicy.of(List.of("volume_tier", "member"));
    private final PricingPolicy couponAndFirstOrder = PricingPolicy.of(List.of("coupon", "first_order_credit"));

    static Stream<Arguments> tierAndMemberCases() {
        return Stream.of(
                argumentSet("50.00 is below every tier", "50.00", NON_MEMBER, List.of(), "0.00", "50.00"),
                argumentSet("99.99 is just below the first tier", "99.99", NON_MEMBER, List.of(), "0.00", "99.99"),
                argumentSet("100.00 reaches the 5% tier", "100.00", NON_MEMBER,
                        List.of(line("volume_tier", "5.00")), "5.00", "95.00"),
                argumentSet("499.99 is still in the 5% tier", "499.99", NON_MEMBER,
                        List.of(line("volume_tier", "25.00")), "25.00", "474.99"),
                argumentSet("500.00 reaches the 10% tier", "500.00", NON_MEMBER,
                        List.of(line("volume_tier", "50.00")), "50.00", "450.00"),
                argumentSet("999.99 is still in the 10% tier", "999.99", NON_MEMBER,
                        List.of(line("volume_tier", "100.00")), "100.00", "899.99"),
                argumentSet("1000.00 reaches the 15% tier only", "1000.00", NON_MEMBER,
                        List.of(line("volume_tier", "150.00")), "150.00", "850.00"),
                argumentSet("500.00 for a member stacks 10% and 5%", "500.00", MEMBER,
                        List.of(line("volume_tier", "50.00"), line("member", "25.00")), "75.00", "425.00"),
                argumentSet("1000.00 for a member stacks 15% and 5%", "1000.00", MEMBER,
                        List.of(line("volume_tier", "150.00"), line("member", "50.00")), "200.00", "800.00"),
                argumentSet("50.00 for a member gets the member 5% without a tier", "50.00", MEMBER,
                        List.of(line("member", "2.50")), "2.50", "47.50"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("tierAndMemberCases")
    void appliesTheVolumeTierAndTheMemberDiscount(String listPrice, boolean member, List<DiscountLine> lines,
            String discount, String total) {
        Quote quote = tierAndMember.quote(new PricingContext(eur(listPrice), member, Optional.empty(), REPEAT_ORDER));

        assertQuote(quote, eur(listPrice), lines, eur(discount), eur(total));
    }

    static Stream<Arguments> roundingCases() {
        return Stream.of(
                argumentSet("5% of 100.10 is 5.005, rounds up to 5.01", "100.10", "5.01", "95.09"),
                argumentSet("5% of 100.30 is 5.015, rounds up to 5.02", "100.30", "5.02", "95.28"),
                argumentSet("5% of 100.09 is 5.0045, rounds down to 5.00", "100.09", "5.00", "95.09"),
                argumentSet("5% of 100.11 is 5.0055, rounds up to 5.01", "100.11", "5.01", "95.10"),
                argumentSet("10% of 500.05 is 50.005, rounds up to 50.01", "500.05", "50.01", "450.04"),
                argumentSet("15% of 1000.03 is 150.0045, rounds down to 150.00", "1000.03", "150.00", "850.03"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("roundingCases")
    void roundsEachPercentageHalfUpToTheCent(String listPrice, String discount, String total) {
        Quote quote = tierAndMember.quote(new PricingContext(eur(listPrice), NON_MEMBER, Optional.empty(), REPEAT_ORDER));

        assertQuote(quote, eur(listPrice), List.of(line("volume_tier", discount)), eur(discount), eur(total));
    }

    @Test
    void roundsEachLineOnItsOwnBeforeAddingThemUp() {
        // 5% of 100.10 twice: each line is 5.005 → 5.01, so 10.02 (rounding the sum 10.01 would be wrong)
        Quote quote = tierAndMember.quote(new PricingContext(eur("100.10"), MEMBER, Optional.empty(), REPEAT_ORDER));

        assertQuote(quote, eur("100.10"), List.of(line("volume_tier", "5.01"), line("member", "5.01")),
                eur("10.02"), eur("90.08"));
    }

    static Stream<Arguments> couponAndFirstOrderCases() {
        return Stream.of(
                argumentSet("100.00 with a 10% coupon", "100.00", Optional.of(tenPercent()), REPEAT_ORDER,
                        List.of(line("coupon", "10.00")), "10.00", "90.00"),
                argumentSet("100.00 with a 10% coupon on a first order", "100.00", Optional.of(tenPercent()), FIRST_ORDER,
                        List.of(line("coupon", "10.00"), line("first_order_credit", "5.00")), "15.00", "85.00"),
                argumentSet("100.00 on a first order without a coupon", "100.00", Optional.empty(), FIRST_ORDER,
                        List.of(line("first_order_credit", "5.00")), "5.00", "95.00"),
                argumentSet("a 3.00 course on a first order is capped at 3.00", "3.00", Optional.empty(), FIRST_ORDER,
                        List.of(line("first_order_credit", "5.00")), "3.00", "0.00"),
                argumentSet("4.99 with a 10% coupon: 0.499 rounds up to 0.50", "4.99", Optional.of(tenPercent()), REPEAT_ORDER,
                        List.of(line("coupon", "0.50")), "0.50", "4.49"),
                argumentSet("0.04 with a 10% coupon gives 0.004, which is no line", "0.04", Optional.of(tenPercent()),
                        REPEAT_ORDER, List.of(), "0.00", "0.04"),
                argumentSet("100.00 with no coupon on a repeat order", "100.00", Optional.empty(), REPEAT_ORDER,
                        List.of(), "0.00", "100.00"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("couponAndFirstOrderCases")
    void appliesTheCouponAndTheFirstOrderCredit(String listPrice, Optional<Coupon> coupon, boolean firstOrder,
            List<DiscountLine> lines, String discount, String total) {
        Quote quote = couponAndFirstOrder.quote(new PricingContext(eur(listPrice), NON_MEMBER, coupon, firstOrder));

        assertQuote(quote, eur(listPrice), lines, eur(discount), eur(total));
    }

    @Test
    void stacksAllFourRulesInTheirStandardOrder() {
        Coupon twentyPercent = aCoupon().withPercentOff(20).build();

        Quote quote = PricingPolicy.allRules()
                .quote(new PricingContext(eur("1000.00"), MEMBER, Optional.of(twentyPercent), FIRST_ORDER));

        assertQuote(quote, eur("1000.00"),
                List.of(line("volume_tier", "150.00"), line("member", "50.00"), line("coupon", "200.00"),
                        line("first_order_credit", "5.00")),
                eur("405.00"), eur("595.00"));
    }

    @Test
    void namesAndOrdersTheLinesAsTheConfiguredRules() {
        PricingPolicy reversed = PricingPolicy.of(List.of("first_order_credit", "coupon", "member", "volume_tier"));

        Quote quote = reversed.quote(new PricingContext(eur("100.00"), MEMBER, Optional.of(tenPercent()), FIRST_ORDER));

        assertThat(quote.lines()).extracting(DiscountLine::rule)
                .containsExactly("first_order_credit", "coupon", "member", "volume_tier");
        assertQuote(quote, eur("100.00"),
                List.of(line("first_order_credit", "5.00"), line("coupon", "10.00"), line("member", "5.00"),
                        line("volume_tier", "5.00")),
                eur("25.00"), eur("75.00"));
    }

    @Test
    void leavesOutRulesThatAreNotConfigured() {
        Quote quote = tierAndMember.quote(new PricingContext(eur("100.00"), MEMBER, Optional.of(tenPercent()), FIRST_ORDER));

        assertThat(quote.lines()).extracting(DiscountLine::rule).containsExactly("volume_tier", "member");
        assertThat(quote.total()).isEqualTo(eur("90.00"));
    }

    static Stream<Arguments> yenCases() {
        return Stream.of(
                argumentSet("99 JPY is below the first tier", "99", List.of(line("first_order_credit", "5", "JPY")),
                        "5", "94"),
                argumentSet("100 JPY reaches the 5% tier", "100",
                        List.of(line("volume_tier", "5", "JPY"), line("first_order_credit", "5", "JPY")), "10", "90"),
                argumentSet("5% of 110 JPY is 5.5, rounds up to 6", "110",
                        List.of(line("volume_tier", "6", "JPY"), line("first_order_credit", "5", "JPY")), "11", "99"),
                argumentSet("1500 JPY reaches the 15% tier", "1500",
                        List.of(line("volume_tier", "225", "JPY"), line("first_order_credit", "5", "JPY")), "230", "1270"),
                argumentSet("3 JPY on a first order is capped at 3", "3",
                        List.of(line("first_order_credit", "5", "JPY")), "3", "0"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("yenCases")
    void worksInACurrencyWithoutMinorDigits(String listPrice, List<DiscountLine> lines, String discount, String total) {
        Quote quote = PricingPolicy.allRules()
                .quote(new PricingContext(money(listPrice, "JPY"), NON_MEMBER, Optional.empty(), FIRST_ORDER));

        assertQuote(quote, money(listPrice, "JPY"), lines, money(discount, "JPY"), money(total, "JPY"));
        assertThat(quote.currency().getCurrencyCode()).isEqualTo("JPY");
    }

    static Stream<Arguments> neverNegativeCases() {
        return Stream.of(
                argumentSet("a free course on a first order", "0.00", 100, List.of(line("first_order_credit", "5.00"))),
                argumentSet("a 100% coupon and every other rule on 1000.00", "1000.00", 100,
                        List.of(line("volume_tier", "150.00"), line("member", "50.00"), line("coupon", "1000.00"),
                                line("first_order_credit", "5.00"))),
                argumentSet("a 99% coupon and the first-order credit on 4.00", "4.00", 99,
                        List.of(line("member", "0.20"), line("coupon", "3.96"), line("first_order_credit", "5.00"))),
                argumentSet("a 96% coupon and every other rule on 100.00 sum to 111.00", "100.00", 96,
                        List.of(line("volume_tier", "5.00"), line("member", "5.00"), line("coupon", "96.00"),
                                line("first_order_credit", "5.00"))));
    }

    @ParameterizedTest(name = "{argumentSetName}: discount is the whole price, total 0")
    @MethodSource("neverNegativeCases")
    void capsTheDiscountAtTheListPriceSoTheTotalIsNeverNegative(String listPrice, int couponPercent,
            List<DiscountLine> lines) {
        Coupon coupon = aCoupon().withPercentOff(couponPercent).build();

        Quote quote = PricingPolicy.allRules()
                .quote(new PricingContext(eur(listPrice), MEMBER, Optional.of(coupon), FIRST_ORDER));

        assertQuote(quote, eur(listPrice), lines, eur(listPrice), eur("0.00"));
    }

    @Test
    void refusesAnUnknownRuleName() {
        assertThatThrownBy(() -> PricingPolicy.of(List.of("volume_tier", "black_friday")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("black_friday");
    }

    @Test
    void refusesARuleNamedTwice() {
        assertThatThrownBy(() -> PricingPolicy.of(List.of("member", "member")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member");
    }

    @Test
    void anEmptyPolicyChargesTheListPrice() {
        Quote quote = PricingPolicy.of(List.of())
                .quote(new PricingContext(eur("1000.00"), MEMBER, Optional.of(tenPercent()), FIRST_ORDER));

        assertQuote(quote, eur("1000.00"), List.of(), eur("0.00"), eur("1000.00"));
    }

    @Test
    void allRulesAreTierMemberCouponFirstOrderInThatOrder() {
        assertThat(PricingPolicy.allRules().rules()).extracting(DiscountRule::name)
                .containsExactly("volume_tier", "member", "coupon", "first_order_credit");
    }

    private static void assertQuote(Quote quote, Money listPrice, List<DiscountLine> lines, Money discount, Money total) {
        assertThat(quote.listPrice()).as("list price").isEqualTo(listPrice);
        assertThat(quote.lines()).as("lines").containsExactlyElementsOf(lines);
        assertThat(quote.discount()).as("discount").isEqualTo(discount);
        assertThat(quote.total()).as("total").isEqualTo(total);
    }

    private static Coupon tenPercent() {
        return aCoupon().withPercentOff(10).build();
    }

    private static DiscountLine line(String rule, String amount) {
        return new DiscountLine(rule, eur(amount));
    }

    private static DiscountLine line(String rule, String amount, String currency) {
        return new DiscountLine(rule, money(amount, currency));
    }

    private static Money eur(String amount) {
        return money(amount, "EUR");
    }

    /** A decimal as written by the business, e.g. "100.10" EUR, turned into minor units of the currency. */
    private static Money money(String amount, String currency) {
        int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        return Money.of(new BigDecimal(amount).movePointRight(digits).longValueExact(), currency);
    }
}
