package dev.roster.enrollment.purchase.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.ValidationException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
class PurchaseTest {

    private static final LearnerId ADA = new LearnerId(new UUID(0, 1));
    private static final UUID COURSE = new UUID(0, 2);

    static Stream<Arguments> refused() {
        return Stream.of(
                argumentSet("a NUL in the coupon code (PostgreSQL cannot look it up)", "WEL\u0000COME", "tok_visa", "/couponCode"),
                argumentSet("an unpaired surrogate in the coupon code", "WELCOME\ud800", "tok_visa", "/couponCode"),
                argumentSet("a coupon code of 256 characters", "C".repeat(256), "tok_visa", "/couponCode"),
                argumentSet("a control character in the payment token", null, "tok_\u0007visa", "/paymentToken"),
                argumentSet("an unpaired surrogate in the payment token", null, "tok_visa\udc00", "/paymentToken"));
    }

    @ParameterizedTest(name = "{argumentSetName} is refused at {2}")
    @MethodSource("refused")
    void refusesTextNoCouponOrTokenCanHold(String couponCode, String paymentToken, String field) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> Purchase.of(ADA, COURSE, couponCode, paymentToken));

        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void acceptsACouponCodeOf255CharactersAndTrimsIt() {
        Purchase purchase = Purchase.of(ADA, COURSE, " " + "C".repeat(253) + " ", " tok_visa ");

        assertThat(purchase.couponCode()).contains("C".repeat(253));
        assertThat(purchase.paymentToken()).isEqualTo("tok_visa");
    }
}
