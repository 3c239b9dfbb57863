package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingChecksTest {

    @Test
    void refusesAZeroOrNegativeDurationNamingTheProperty() {
        assertThatThrownBy(() -> SettingChecks.requirePositive("roster.x.poll-interval", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("roster.x.poll-interval must be positive, was PT0S");
        assertThatThrownBy(() -> SettingChecks.requirePositive("roster.x.poll-interval", Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("roster.x.poll-interval must be positive, was PT-0.001S");
    }

    @Test
    void refusesAMissingDurationNamingTheProperty() {
        assertThatThrownBy(() -> SettingChecks.requirePositive("roster.x.budget", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("roster.x.budget");
    }

    @Test
    void acceptsTheShortestPositiveDuration() {
        assertThatCode(() -> SettingChecks.requirePositive("roster.x.budget", Duration.ofNanos(1)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesACountBelowOneAndAcceptsOne() {
        assertThatThrownBy(() -> SettingChecks.requireAtLeastOne("roster.x.batch-size", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("roster.x.batch-size must be at least 1, was 0");
        assertThatCode(() -> SettingChecks.requireAtLeastOne("roster.x.batch-size", 1)).doesNotThrowAnyException();
    }
}
