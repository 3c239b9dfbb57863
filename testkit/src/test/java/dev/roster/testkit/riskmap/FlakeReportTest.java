package dev.roster.testkit.riskmap;

import static dev.roster.testkit.riskmap.Records.aTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlakeReportTest {

    private static Map<String, List<RecordedTest>> runs(List<RecordedTest> first, List<RecordedTest> second) {
        Map<String, List<RecordedTest>> runs = new LinkedHashMap<>();
        runs.put("run-1-seed-11", first);
        runs.put("run-2-seed-22", second);
        return runs;
    }

    @Test
    void listsATestThatFailedInOneRunOnlyAsFlakyWithTheSeedOfThatRun() {
        var unstable = FlakeReport.unstable(runs(
                List.of(aTest("SeatsIT", "holds").build(), aTest("SeatsIT", "steady").build()),
                List.of(aTest("SeatsIT", "holds").failed().build(), aTest("SeatsIT", "steady").build())));

        assertThat(unstable).singleElement().extracting(FlakeReport.Unstable::describe).asString()
                .startsWith("FLAKY").contains("SeatsIT.holds [enrollment-service]: did not pass 1 of 2 runs")
                .contains("run-2-seed-22 failed").doesNotContain("run-1");
    }

    @Test
    void listsATestThatFailedEveryRunApartFromFlakyOnes() {
        var unstable = FlakeReport.unstable(runs(
                List.of(aTest("SeatsIT", "broken").failed().build()),
                List.of(aTest("SeatsIT", "broken").failed().build())));

        assertThat(unstable).singleElement().extracting(FlakeReport.Unstable::describe).asString()
                .startsWith("FAILS EVERY RUN");
    }

    @Test
    void leavesOutTestsThatNeverRanHere() {
        // skipped, or aborted by an assumption (no Chromium) in every run: not a flake
        var unstable = FlakeReport.unstable(runs(
                List.of(aTest("MapIT", "a").skipped().build(), aTest("BrowserIT", "b").build()),
                List.of(aTest("MapIT", "a").skipped().build(), aTest("BrowserIT", "b").build())));

        assertThat(unstable).isEmpty();
    }
}
