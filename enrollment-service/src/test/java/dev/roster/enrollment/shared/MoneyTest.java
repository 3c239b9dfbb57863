package dev.roster.enrollment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} minor {1} is {2}")
    @CsvSource({
            "12900, EUR, 129.00",
            "5, EUR, 0.05",
            "-250, EUR, -2.50",
            "1500, JPY, 1500",
    })
    void showsTheAmountInMajorUnitsWithTheCurrencysDigits(long minor, String currency, String decimal) {
        assertThat(Money.of(minor, currency).toDecimal().toPlainString()).isEqualTo(decimal);
    }

    @Test
    void addsAndSubtractsInTheSameCurrency() {
        assertThat(Money.of(100, "EUR").plus(Money.of(50, "EUR"))).isEqualTo(Money.of(150, "EUR"));
        assertThat(Money.of(100, "EUR").minus(Money.of(150, "EUR"))).isEqualTo(Money.of(-50, "EUR"));
        assertThat(Money.of(-1, "EUR").isNegative()).isTrue();
        assertThat(Money.zero(java.util.Currency.getInstance("EUR")).isNegative()).isFalse();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(100, "EUR").plus(Money.of(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(100, "EUR").minus(Money.of(100, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToOverflowSilently() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
    }
}
