package dev.roster.enrollment.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Guards(Risk.PRICING_RULE_WRONG)
class PercentTest {

    @ParameterizedTest(name = "{0}% of {1} minor is {2} minor")
    @CsvSource({
            "0, 10000, 0",
            "100, 10000, 10000",
            "5, 10010, 501",
            "5, 10009, 500",
            "15, 1, 0",
            "50, 1, 1",
            "10, 0, 0",
    })
    void takesAShareRoundedHalfUpToTheMinorUnit(int percent, long minor, long expected) {
        assertThat(Percent.of(percent).applyTo(Money.of(minor, "EUR"))).isEqualTo(Money.of(expected, "EUR"));
    }

    @ParameterizedTest(name = "{0}% is accepted")
    @ValueSource(ints = {0, 100})
    void acceptsTheWholeRange(int percent) {
        assertThat(Percent.of(percent).value()).isEqualTo(percent);
        assertThat(Percent.of(percent)).hasToString(percent + "%");
    }

    @ParameterizedTest(name = "{0}% is refused")
    @ValueSource(ints = {-1, 101})
    void refusesPercentagesOutsideZeroToHundred(int percent) {
        assertThatThrownBy(() -> Percent.of(percent)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToDiscountANegativeAmount() {
        assertThatThrownBy(() -> Percent.of(5).applyTo(Money.of(-100, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
