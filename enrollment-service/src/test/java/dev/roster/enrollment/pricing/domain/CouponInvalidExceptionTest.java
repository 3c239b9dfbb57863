package dev.roster.enrollment.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CouponInvalidExceptionTest {

    @ParameterizedTest(name = "{0} tells the problem reason \"{0}\"")
    @EnumSource(value = CouponValidity.class, names = "VALID", mode = EnumSource.Mode.EXCLUDE)
    void tellsItsProblemWhyTheCouponCannotBeUsed(CouponValidity reason) {
        CouponInvalidException refusal = new CouponInvalidException("SPRING10", reason);

        assertThat(refusal.code()).isEqualTo("coupon_invalid");
        assertThat(refusal.problemProperties()).isEqualTo(Map.of("reason", reason.reason()));
        assertThat(refusal.retryAfterHint()).isEmpty();
    }

    @Test
    void isNoRefusalForAValidCoupon() {
        assertThatThrownBy(() -> new CouponInvalidException("SPRING10", CouponValidity.VALID))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
