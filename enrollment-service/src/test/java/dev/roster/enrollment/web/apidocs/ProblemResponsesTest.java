package dev.roster.enrollment.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void groupsTheProblemsByStatusWithEachCodeOnce() {
        var byStatus = ProblemResponses.byStatus(List.of("409 course_full", "404 course_not_found",
                "409 already_enrolled", "409 course_full"));

        assertThat(byStatus).containsExactly(
                Map.entry(404, new java.util.TreeSet<>(List.of("course_not_found"))),
                Map.entry(409, new java.util.TreeSet<>(List.of("already_enrolled", "course_full"))));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"course_full", "409", "200 ok", "409 Course_Full", "409 course full", "4099 course_full"})
    void refusesAnEntryThatIsNotAnErrorStatusAndACode(String entry) {
        assertThatThrownBy(() -> ProblemResponses.byStatus(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(entry);
    }

    @Test
    void exemplifiesACodeAsTheProblemDocumentTheApiAnswers() {
        var example = ProblemResponses.example(422, "coupon_invalid");

        assertThat(example.getSummary()).isEqualTo("coupon_invalid");
        assertThat(example.getValue()).isEqualTo(Map.of("type", "urn:roster:problem:coupon_invalid",
                "title", "Unprocessable Content", "status", 422, "code", "coupon_invalid"));
    }
}
