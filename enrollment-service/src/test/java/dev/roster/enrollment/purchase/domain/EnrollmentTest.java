package dev.roster.enrollment.purchase.domain;

import static dev.roster.enrollment.purchase.domain.EnrollmentFixtures.aPendingEnrollment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@Guards(Risk.INVALID_STATE_TRANSITION)
class EnrollmentTest {

    private static final Instant LATER = Instant.parse("2026-11-21T10:01:00Z");

    @Test
    void confirmsAPendingEnrollmentWithItsCharge() {
        Enrollment confirmed = aPendingEnrollment().confirm(Optional.of("ch_1"), LATER);

        assertThat(confirmed.status()).isEqualTo(EnrollmentStatus.CONFIRMED);
        assertThat(confirmed.chargeId()).contains("ch_1");
        assertThat(confirmed.confirmedAt()).contains(LATER);
    }

    @Test
    void rejectsWithAReasonAndExpiresWithoutOne() {
        assertThat(aPendingEnrollment().reject("payment_declined").reason()).contains("payment_declined");
        assertThat(aPendingEnrollment().expire().status()).isEqualTo(EnrollmentStatus.EXPIRED);
    }

    @Test
    void refusesToConfirmTwiceOrCancelAPendingOne() {
        Enrollment confirmed = aPendingEnrollment().confirm(Optional.of("ch_1"), LATER);

        assertThatThrownBy(() -> confirmed.confirm(Optional.of("ch_2"), LATER))
                .isInstanceOfSatisfying(InvalidTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_transition"));
        assertThatThrownBy(() -> aPendingEnrollment().cancel()).isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> aPendingEnrollment().reject("x").expire()).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void cancelsAConfirmedEnrollmentKeepingItsCharge() {
        Enrollment cancelled = aPendingEnrollment().confirm(Optional.of("ch_1"), LATER).cancel();

        assertThat(cancelled.status()).isEqualTo(EnrollmentStatus.CANCELLED);
        assertThat(cancelled.chargeId()).contains("ch_1");
    }

    @Test
    void holdExpiresExactlyFifteenMinutesAfterReservation() {
        Enrollment pending = aPendingEnrollment();

        assertThat(pending.holdExpiredAt(Instant.parse("2026-11-21T10:14:59Z"))).isFalse();
        assertThat(pending.holdExpiredAt(Instant.parse("2026-11-21T10:15:00Z"))).isTrue();
    }
}
