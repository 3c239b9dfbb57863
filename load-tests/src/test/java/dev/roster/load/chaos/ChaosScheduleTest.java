package dev.roster.load.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosScheduleTest {

    private static final Duration RUN = Duration.ofSeconds(180);

    @Test
    void theSameSeedReplaysTheSameSchedule() {
        assertThat(ChaosSchedule.of(42, RUN, 2)).isEqualTo(ChaosSchedule.of(42, RUN, 2));
    }

    @Test
    void anotherSeedMovesTheFaults() {
        assertThat(ChaosSchedule.of(42, RUN, 2)).isNotEqualTo(ChaosSchedule.of(43, RUN, 2));
    }

    @Test
    void injectsEveryKindOfFaultOnceInStartOrder() {
        List<Fault> faults = ChaosSchedule.of(7, RUN, 2);

        assertThat(faults).extracting(Fault::kind).containsExactlyInAnyOrder(Fault.Kind.values());
        assertThat(faults).isSortedAccordingTo((a, b) -> a.start().compareTo(b.start()));
    }

    @Test
    void everyFaultStartsAfterTheLeadInAndIsHealedBeforeTheTail() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(ChaosSchedule.of(seed, RUN, 2)).allSatisfy(fault -> {
                assertThat(fault.start()).isGreaterThanOrEqualTo(ChaosSchedule.LEAD_IN);
                assertThat(fault.end()).isLessThanOrEqualTo(RUN.minus(ChaosSchedule.TAIL));
            });
        }
    }

    @Test
    void killsOnlyInstancesThatRun() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(ChaosSchedule.of(seed, RUN, 2)).allSatisfy(fault -> assertThat(fault.instance()).isBetween(0, 1));
            assertThat(ChaosSchedule.of(seed, RUN, 1)).allSatisfy(fault -> assertThat(fault.instance()).isZero());
        }
    }

    @Test
    void refusesARunTooShortForItsLongestFault() {
        assertThatThrownBy(() -> ChaosSchedule.of(1, Duration.ofSeconds(50), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stop-rabbitmq");
    }

    @Test
    void writesTheLineTheRunScriptReads() {
        assertThat(new Fault(Fault.Kind.KILL_ENROLLMENT, 1, Duration.ofSeconds(42), Duration.ofSeconds(15)).line())
                .isEqualTo("42 15 kill-enrollment 1");
        assertThat(new Fault(Fault.Kind.STOP_RABBITMQ, 0, Duration.ofSeconds(30), Duration.ofSeconds(30)).line())
                .isEqualTo("30 30 stop-rabbitmq -");
    }
}
