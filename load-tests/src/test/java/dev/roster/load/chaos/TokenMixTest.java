package dev.roster.load.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenMixTest {

    @Test
    void picksEachTokenInAboutItsShare() {
        Random random = new Random(11);
        TokenMix mix = new TokenMix(20, 5, 10, 5);

        Map<String, Long> picked = IntStream.range(0, 20_000).mapToObj(i -> mix.pick(random))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(picked.get("tok_slow")).isBetween(3_700L, 4_300L);
        assertThat(picked.get("tok_late")).isBetween(850L, 1_150L);
        assertThat(picked.get("tok_flaky")).isBetween(1_800L, 2_200L);
        assertThat(picked.get("tok_chargeDeclined")).isBetween(850L, 1_150L);
        assertThat(picked.get("tok_visa")).isBetween(11_600L, 12_400L);
    }

    @Test
    void aShareOfNothingIsNeverPicked() {
        Random random = new Random(3);
        TokenMix onlyVisa = new TokenMix(0, 0, 0, 0);

        assertThat(IntStream.range(0, 1_000).mapToObj(i -> onlyVisa.pick(random))).containsOnly("tok_visa");
    }

    @Test
    void refusesSharesOverAHundredPercent() {
        assertThatThrownBy(() -> new TokenMix(60, 20, 20, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
