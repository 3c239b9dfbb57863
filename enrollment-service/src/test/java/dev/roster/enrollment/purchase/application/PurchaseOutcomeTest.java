package dev.roster.enrollment.purchase.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PurchaseOutcomeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "course_full,       COURSE_FULL",
            "course_not_open,   COURSE_NOT_OPEN",
            "course_not_found,  COURSE_NOT_FOUND",
            "already_enrolled,  ALREADY_ENROLLED",
            "coupon_invalid,    COUPON_INVALID",
            "validation_failed, REFUSED_OTHERWISE",
            "confirmed,         REFUSED_OTHERWISE"})
    void countsARefusalUnderItsProblemCodeOrAsRefusedOtherwise(String code, PurchaseOutcome expected) {
        assertThat(PurchaseOutcome.refusedWith(code)).isEqualTo(expected);
    }
}
