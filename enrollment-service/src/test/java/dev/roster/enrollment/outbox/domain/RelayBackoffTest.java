package dev.roster.enrollment.outbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
class RelayBackoffTest {

    private static final RelayBackoff DEFAULTS = new RelayBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void doublesFromTheInitialWaitUpToTheMaximum() {
        List<Long> millis = IntStream.rangeClosed(1, 10).mapToObj(DEFAULTS::delayAfter).map(Duration::toMillis).toList();

        assertThat(millis).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L,
                30_000L);
    }

    @Test
    void staysAtTheMaximumAfterVeryManyFailures() {
        assertThat(DEFAULTS.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RelayBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RelayBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.delayAfter(0));
    }

    @Test
    void acceptsAMaximumEqualToTheInitialWaitAndRefusesANegativeOne() {
        RelayBackoff flat = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(flat.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RelayBackoff(Duration.ofMillis(-1), Duration.ofSeconds(1)));
    }
}
