package dev.roster.enrollment.payment.adapter;

import static dev.roster.enrollment.payment.adapter.FixedDraws.HIGHEST;
import static dev.roster.enrollment.payment.adapter.FixedDraws.LOWEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

@Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
class JitteredBackOffTest {

    @Test
    void capDoublesFromTheInitialBackoffUpToTheMaximum() {
        JitteredBackOff backOff = backOff(100, 1000, 10, LOWEST);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 9)).map(backOff::capBeforeRetry)
                .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L);
    }

    @Test
    void waitsAtLeastHalfTheCap() {
        assertThat(delays(backOff(100, 1000, 7, LOWEST))).containsExactly(50L, 100L, 200L, 400L, 500L, 500L);
    }

    @Test
    void waitsAtMostTheCap() {
        assertThat(delays(backOff(100, 1000, 7, HIGHEST))).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    }

    @Test
    void seededDelaysSpreadWithinHalfTheCapAndTheCap() {
        JitteredBackOff backOff = backOff(100, 1000, 4, new Random(42));
        List<Long> first = delays(backOff);
        List<Long> second = delays(backOff);

        assertThat(first).hasSize(3);
        assertThat(first.get(0)).isBetween(50L, 100L);
        assertThat(first.get(1)).isBetween(100L, 200L);
        assertThat(first.get(2)).isBetween(200L, 400L);
        assertThat(first).as("jitter varies between calls").isNotEqualTo(second);
    }

    @Test
    void stopsAfterMaxAttemptsMinusOneWaits() {
        assertThat(delays(backOff(10, 50, 4, LOWEST))).hasSize(3);
        assertThat(delays(backOff(10, 50, 1, LOWEST))).as("one attempt: no retry").isEmpty();
    }

    @Test
    void eachCallStartsAgainFromTheInitialBackoff() {
        JitteredBackOff backOff = backOff(100, 1000, 3, HIGHEST);

        assertThat(delays(backOff)).containsExactly(100L, 200L);
        assertThat(delays(backOff)).containsExactly(100L, 200L);
    }

    @Test
    void neverExceedsTheMaximumEvenForManyRetries() {
        JitteredBackOff backOff = backOff(1, 1000, 200, HIGHEST);

        assertThat(delays(backOff)).hasSize(199).allSatisfy(delay -> assertThat(delay).isBetween(1L, 1000L));
    }

    private static JitteredBackOff backOff(long initialMillis, long maxMillis, int maxAttempts, RandomGenerator random) {
        return new JitteredBackOff(Duration.ofMillis(initialMillis), Duration.ofMillis(maxMillis), maxAttempts, random);
    }

    private static List<Long> delays(JitteredBackOff backOff) {
        BackOffExecution execution = backOff.start();
        List<Long> delays = new ArrayList<>();
        for (long delay = execution.nextBackOff(); delay != BackOffExecution.STOP; delay = execution.nextBackOff()) {
            delays.add(delay);
        }
        return delays;
    }
}
