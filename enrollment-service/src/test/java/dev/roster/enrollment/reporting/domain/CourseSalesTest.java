package dev.roster.enrollment.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A report line holds one currency: a sum across currencies would be a number with no meaning. */
@Guards(Risk.REPORT_TOTALS_WRONG)
class CourseSalesTest {

    private static final UUID ID = UUID.fromString("0190a000-0000-7000-8000-0000000000f1");

    @Test
    void keepsItsFiguresAndACopyOfItsDiscounts() {
        List<DiscountTotal> discounts = new ArrayList<>(List.of(new DiscountTotal("coupon", Money.of(10_00, "EUR"))));

        CourseSales line = line(Money.of(90_00, "EUR"), Money.of(0, "EUR"), discounts);
        discounts.clear();

        assertThat(line.discounts()).containsExactly(new DiscountTotal("coupon", Money.of(10_00, "EUR")));
        assertThat(line.fillRate()).contains(new BigDecimal("0.3000"));
    }

    @Test
    void refusesRefundsInAnotherCurrencyThanRevenue() {
        assertThatThrownBy(() -> line(Money.of(90_00, "EUR"), Money.of(0, "USD"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SQL-201");
    }

    @Test
    void refusesADiscountInAnotherCurrencyThanRevenue() {
        assertThatThrownBy(() -> line(Money.of(90_00, "EUR"), Money.of(0, "EUR"),
                List.of(new DiscountTotal("coupon", Money.of(10_00, "EUR")), new DiscountTotal("member", Money.of(5, "JPY")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CourseSales line(Money revenue, Money refunds, List<DiscountTotal> discounts) {
        return new CourseSales(ID, "SQL-201", "PostgreSQL", "OPEN", 10, 3, Optional.of(new BigDecimal("0.3000")), 1, 0,
                revenue, refunds, discounts, 1);
    }
}
