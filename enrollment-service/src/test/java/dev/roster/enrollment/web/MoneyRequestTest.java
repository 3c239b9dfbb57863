package dev.roster.enrollment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.ValidationException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
class MoneyRequestTest {

    @ParameterizedTest(name = "\"{0}\" EUR is {1} cents")
    @CsvSource({
            "129.00, 12900",
            "129, 12900",
            "0.5, 50",
            "' 7.25 ', 725",
            "-1.00, -100",
            "999999999999999.99, 99999999999999999",
    })
    void readsAPlainDecimalInMinorUnits(String amount, long minor) {
        assertThat(new MoneyRequest(amount, "EUR").toMinorUnits("/price")).isEqualTo(minor);
    }

    /** Each of these was read (1e2 as 100.00) or expanded before it was refused (1e10000000 took seconds). */
    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"1e2", "1E2", "1e10000000", "1e-10000000", "+5", "0x10", "1_000", "1,00", "Infinity",
            "NaN", "1.", ".5", "--1", "١٢٣", "1234567890123456", "1.0000000000000000", "12345678901234567890123456789012345"})
    void refusesAnythingButAPlainDecimal(String amount) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> new MoneyRequest(amount, "EUR").toMinorUnits("/price"));

        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("/price/amount");
    }

    @ParameterizedTest(name = "\"{0}\" EUR has too many decimals")
    @ValueSource(strings = {"1.001", "0.000000000000001"})
    void refusesMoreDecimalsThanTheCurrencyHas(String amount) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> new MoneyRequest(amount, "EUR").toMinorUnits("/price"));

        assertThat(refusal.errors()).singleElement()
                .satisfies(error -> assertThat(error.detail()).isEqualTo("has more than 2 decimals"));
    }
}
