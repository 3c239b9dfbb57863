package dev.roster.enrollment.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
class TimestampsTest {

    @ParameterizedTest(name = "{0} is accepted: {1}")
    @CsvSource({
            "-1000000000-01-01T00:00:00Z, false",
            "1970-01-01T00:00:00Z, false",
            "1999-12-31T23:59:59.999999999Z, false",
            "2000-01-01T00:00:00Z, true",
            "2027-01-10T09:00:00Z, true",
            "9999-12-31T23:59:59.999999Z, true",
            "9999-12-31T23:59:59.999999001Z, false",
            "+10000-01-01T00:00:00Z, false",
            "+1000000000-12-31T23:59:59.999999999Z, false",
    })
    void acceptsOnlyInstantsFrom2000ToTheEndOf9999(Instant at, boolean accepted) {
        List<FieldError> errors = new ArrayList<>();

        Timestamps.checkRange("/startsAt", at, errors);

        assertThat(Timestamps.isInRange(at)).isEqualTo(accepted);
        assertThat(errors).hasSize(accepted ? 0 : 1).allSatisfy(error -> {
            assertThat(error.field()).isEqualTo("/startsAt");
            assertThat(error.detail()).isEqualTo(Timestamps.OUT_OF_RANGE);
        });
    }
}
