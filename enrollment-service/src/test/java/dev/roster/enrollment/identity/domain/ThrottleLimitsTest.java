package dev.roster.enrollment.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleLimitsTest {

    @Test
    void acceptsTheSmallestLimits() {
        ThrottleLimits limits = new ThrottleLimits(1, 1, Duration.ofSeconds(1));

        assertThat(limits.perAccount()).isEqualTo(1);
        assertThat(limits.perAddress()).isEqualTo(1);
    }

    @Test
    void refusesZeroLimitsAndEmptyWindows() {
        assertThatThrownBy(() -> new ThrottleLimits(0, 1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleLimits(1, 0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleLimits(1, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleLimits(1, 1, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysWhetherADecisionAllows() {
        assertThat(ThrottleDecision.ALLOWED.isAllowed()).isTrue();
        assertThat(new ThrottleDecision.Blocked(Duration.ofSeconds(1), ThrottleDecision.Limit.ADDRESS).isAllowed()).isFalse();
    }
}
