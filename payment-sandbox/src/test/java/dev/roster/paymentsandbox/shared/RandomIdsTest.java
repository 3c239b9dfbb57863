package dev.roster.paymentsandbox.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

    @Test
    void makesThePrefixAndTwentyFourAlphanumerics() {
        String id = new RandomIds(new Random(1)).next("ch_");

        assertThat(id).matches("ch_[0-9A-Za-z]{24}");
    }

    @Test
    void repeatsTheSameIdsFromTheSameSeed() {
        RandomIds first = new RandomIds(new Random(42));
        RandomIds second = new RandomIds(new Random(42));

        assertThat(IntStream.range(0, 5).mapToObj(i -> first.next("re_")))
                .containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(i -> second.next("re_")).toList());
    }

    @Test
    void makesDifferentIdsOneAfterAnother() {
        RandomIds ids = new RandomIds(new Random(7));

        assertThat(IntStream.range(0, 1000).mapToObj(i -> ids.next("ch_")).distinct()).hasSize(1000);
    }

    @Test
    void usesTheWholeAlphabet() {
        RandomIds ids = new RandomIds(new Random(3));
        String many = String.join("", IntStream.range(0, 200).mapToObj(i -> ids.next("")).toList());

        assertThat(many.chars().distinct().count()).isEqualTo(62);
    }
}
