package dev.roster.enrollment.purchase.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole transition table: every pair of states, allowed or refused. */
@Guards(Risk.INVALID_STATE_TRANSITION)
class EnrollmentStatusTest {

    private static final String ALLOWED = """
            PENDING_PAYMENT -> CONFIRMED
            PENDING_PAYMENT -> REJECTED
            PENDING_PAYMENT -> EXPIRED
            CONFIRMED -> CANCELLED
            """;

    static Stream<Arguments> everyPairOfStates() {
        return Stream.of(EnrollmentStatus.values()).flatMap(from -> Stream.of(EnrollmentStatus.values())
                .map(to -> Arguments.of(from, to, ALLOWED.contains(from + " -> " + to + "\n"))));
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed={2}")
    @MethodSource("everyPairOfStates")
    void allowsOnlyTheTransitionsOfTheStateMachine(EnrollmentStatus from, EnrollmentStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} holds a seat: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "PENDING_PAYMENT, true", "CONFIRMED, true", "REJECTED, false", "EXPIRED, false", "CANCELLED, false"})
    void holdsASeatOnlyWhilePendingOrConfirmed(EnrollmentStatus status, boolean holds) {
        assertThat(status.holdsASeat()).isEqualTo(holds);
    }
}
