package dev.roster.enrollment.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.Money;
import org.junit.jupiter.api.Test;

class DiscountLineTest {

    @Test
    void holdsAPositiveAmountForANamedRule() {
        DiscountLine line = new DiscountLine("member", Money.of(1, "EUR"));

        assertThat(line.amount()).isEqualTo(Money.of(1, "EUR"));
    }

    @Test
    void refusesAZeroOrNegativeAmount() {
        assertThatThrownBy(() -> new DiscountLine("member", Money.of(0, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscountLine("member", Money.of(-1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABlankRule() {
        assertThatThrownBy(() -> new DiscountLine(" ", Money.of(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
