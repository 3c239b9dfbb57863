package dev.roster.paymentsandbox.charges.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChargeParamsTest {

    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of("missing amount", "amount", (Executable) () -> ChargeParams.of(null, "eur", "tok_visa", null)),
                Arguments.of("zero amount", "amount", (Executable) () -> ChargeParams.of(0L, "eur", "tok_visa", null)),
                Arguments.of("negative amount", "amount", (Executable) () -> ChargeParams.of(-1L, "eur", "tok_visa", null)),
                Arguments.of("amount over eight digits", "amount",
                        (Executable) () -> ChargeParams.of(100_000_000L, "eur", "tok_visa", null)),
                Arguments.of("missing currency", "currency", (Executable) () -> ChargeParams.of(1L, null, "tok_visa", null)),
                Arguments.of("uppercase currency", "currency", (Executable) () -> ChargeParams.of(1L, "EUR", "tok_visa", null)),
                Arguments.of("currency of two letters", "currency",
                        (Executable) () -> ChargeParams.of(1L, "eu", "tok_visa", null)),
                Arguments.of("no such currency", "currency", (Executable) () -> ChargeParams.of(1L, "zzz", "tok_visa", null)),
                Arguments.of("missing source", "source", (Executable) () -> ChargeParams.of(1L, "eur", null, null)),
                Arguments.of("blank source", "source", (Executable) () -> ChargeParams.of(1L, "eur", " ", null)),
                Arguments.of("unknown token", "source", (Executable) () -> ChargeParams.of(1L, "eur", "tok_mastercard", null)),
                Arguments.of("not a token", "source", (Executable) () -> ChargeParams.of(1L, "eur", "4242424242424242", null)));
    }

    @ParameterizedTest(name = "{0} is refused, naming {1}")
    @MethodSource("invalidParameters")
    void refusesInvalidParametersNamingTheParameter(String name, String param, Executable construction) {
        assertThatThrownBy(construction::execute)
                .isInstanceOfSatisfying(SandboxException.class, refused -> {
                    assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.INVALID_REQUEST);
                    assertThat(refused.error().type()).isEqualTo("invalid_request_error");
                    assertThat(refused.error().param()).isEqualTo(param);
                    assertThat(refused.error().message()).isNotBlank();
                });
    }

    @Test
    void acceptsTheSmallestAndTheLargestAmount() {
        assertThat(ChargeParams.of(1L, "eur", "tok_visa", null).amount()).isEqualTo(1);
        assertThat(ChargeParams.of(ChargeParams.MAX_AMOUNT, "usd", "tok_visa", null).amount()).isEqualTo(99_999_999);
    }

    @Test
    void refusesAnUnknownTokenSayingNoSuchToken() {
        assertThatThrownBy(() -> ChargeParams.of(49_000L, "eur", "tok_amex", "x"))
                .isInstanceOfSatisfying(SandboxException.class, refused -> {
                    assertThat(refused.error().message()).isEqualTo("No such token: 'tok_amex'");
                    assertThat(refused.error().code()).isEqualTo("resource_missing");
                });
    }

    @ParameterizedTest
    @EnumSource(TestToken.class)
    void knowsEveryTestTokenBySource(TestToken token) {
        assertThat(ChargeParamsFixtures.aChargeWith(token).token()).isEqualTo(token);
    }

    @Test
    void equalParametersAreTheSameRequestAndAnyDifferenceIsAnother() {
        ChargeParams params = ChargeParamsFixtures.aCharge().build();

        assertThat(params).isEqualTo(ChargeParamsFixtures.aCharge().build());
        assertThat(params).isNotEqualTo(ChargeParamsFixtures.aCharge().withAmount(49_001).build());
        assertThat(params).isNotEqualTo(ChargeParamsFixtures.aCharge().withCurrency("usd").build());
        assertThat(params).isNotEqualTo(ChargeParamsFixtures.aCharge().withToken(TestToken.SLOW).build());
        assertThat(params).isNotEqualTo(ChargeParamsFixtures.aCharge().withDescription("other").build());
    }

    @Test
    void refundParametersNeedACharge() {
        assertThatThrownBy(() -> new RefundParams(null))
                .isInstanceOfSatisfying(SandboxException.class,
                        refused -> assertThat(refused.error().param()).isEqualTo("charge"));
        assertThatThrownBy(() -> new RefundParams(""))
                .isInstanceOf(SandboxException.class);
    }
}
