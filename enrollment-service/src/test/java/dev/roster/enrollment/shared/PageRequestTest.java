package dev.roster.enrollment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @ParameterizedTest(name = "page {0}, size {1} is refused")
    @CsvSource({"-1, 20", "0, 0", "0, 101", "0, -5"})
    void refusesOutOfRangePaging(int page, int size) {
        assertThatThrownBy(() -> new PageRequest(page, size))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_paging");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                });
    }

    @ParameterizedTest(name = "page {0}, size {1} starts at {2}")
    @CsvSource({"0, 1, 0", "0, 100, 0", "3, 20, 60", "2147483647, 100, 214748364700"})
    void startsEachPageAfterThePreviousOnes(int page, int size, long offset) {
        assertThat(new PageRequest(page, size).offset()).isEqualTo(offset);
    }

    @Test
    void countsPagesRoundingUp() {
        assertThat(new Page<>(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(new Page<>(List.of(), 0, 20, 20).totalPages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), 0, 20, 21).totalPages()).isEqualTo(2);
    }
}
