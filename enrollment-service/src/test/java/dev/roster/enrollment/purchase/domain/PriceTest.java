package dev.roster.enrollment.purchase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@Guards(Risk.PRICING_RULE_WRONG)
class PriceTest {

    private static final Money LIST = Money.of(100_00, "EUR");

    @Test
    void derivesTheDiscountFromTheListPriceAndTheTotal() {
        Price price = new Price(LIST, List.of(new Price.Line("coupon", Money.of(10_00, "EUR")),
                new Price.Line("first_order_credit", Money.of(5_00, "EUR"))), Money.of(85_00, "EUR"));

        assertThat(price.discount()).isEqualTo(Money.of(15_00, "EUR"));
        assertThat(price.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void keepsLinesThatAddUpToMoreThanTheListPriceWhenTheTotalIsZero() {
        Price capped = new Price(LIST,
                List.of(new Price.Line("coupon", LIST), new Price.Line("member", Money.of(5_00, "EUR"))),
                Money.of(0, "EUR"));

        assertThat(capped.discount()).isEqualTo(LIST);
        assertThat(capped.lines()).hasSize(2);
    }

    @Test
    void chargesTheListPriceWhenUndiscounted() {
        Price undiscounted = Price.undiscounted(LIST);

        assertThat(undiscounted.total()).isEqualTo(LIST);
        assertThat(undiscounted.discount()).isEqualTo(Money.of(0, "EUR"));
        assertThat(undiscounted.lines()).isEmpty();
    }

    @Test
    void refusesATotalBelowZeroOrAboveTheListPrice() {
        assertThatThrownBy(() -> new Price(LIST, List.of(), Money.of(-1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Price(LIST, List.of(), Money.of(100_01, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesALineInAnotherCurrency() {
        assertThatThrownBy(() -> new Price(LIST, List.of(new Price.Line("coupon", Money.of(1_00, "USD"))),
                Money.of(99_00, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotBeChangedThroughTheListItWasGiven() {
        List<Price.Line> lines = new ArrayList<>(List.of(new Price.Line("coupon", Money.of(1_00, "EUR"))));
        Price price = new Price(LIST, lines, Money.of(99_00, "EUR"));

        lines.clear();

        assertThat(price.lines()).hasSize(1);
    }
}
