package dev.roster.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How the smoke run reads the API's money shape in what it prints. */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class ChecksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAnAmountAndItsCurrencyFromTheApiMoneyShape() {
        JsonNode quote = JSON.readTree("""
                {"total": {"amount": "109.00", "currency": "EUR"}}""");

        assertThat(Checks.money(quote.path("total"))).isEqualTo("109.00 EUR");
    }

    @Test
    void showsWhatIsMissingAsAQuestionMarkRatherThanFailing() {
        JsonNode flat = JSON.readTree("""
                {"total": "109.00", "currency": "EUR"}""");

        assertThat(Checks.money(flat.path("total"))).isEqualTo("? ?");
    }
}
