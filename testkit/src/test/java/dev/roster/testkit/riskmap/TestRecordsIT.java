package dev.roster.testkit.riskmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.TestLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads records laid out as the build leaves them: one folder per module, one file per test JVM. */
class TestRecordsIT {

    @TempDir
    Path root;

    private void write(String module, String file, String... lines) throws IOException {
        Path dir = Files.createDirectories(root.resolve(module).resolve("target").resolve("test-records"));
        Files.write(dir.resolve(file), List.of(lines));
    }

    private static String line(String testClass, String name, String outcome) {
        return """
                {"testClass":"%s","testName":"%s","level":"INTEGRATION","risks":["OVERSELL"],"proves":[],\
                "quarantine":null,"outcome":"%s","durationMs":12}""".formatted(testClass, name, outcome);
    }

    @Test
    void readsEveryModulesRecordsAndNamesTheModule() throws IOException {
        write("enrollment-service", "test-records-11-1000.jsonl", line("dev.roster.SeatsIT", "holds", "SUCCESSFUL"));
        write("journeys", "test-records-12-1000.jsonl", line("dev.roster.BuyASeatE2E", "buys", "SUCCESSFUL"));
        Files.createDirectories(root.resolve("docs"));

        assertThat(TestRecords.readAll(root)).extracting(RecordedTest::module, RecordedTest::testName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("enrollment-service", "holds"),
                        org.assertj.core.groups.Tuple.tuple("journeys", "buys"));
    }

    @Test
    void keepsTheLatestRecordOfATestRunAgainWithoutAClean() throws IOException {
        // the later file is written second but named with the later time: the time decides, not the listing
        write("enrollment-service", "test-records-99-2000.jsonl", line("dev.roster.SeatsIT", "holds", "SUCCESSFUL"));
        write("enrollment-service", "test-records-7-1000.jsonl", line("dev.roster.SeatsIT", "holds", "FAILED"));

        assertThat(TestRecords.readAll(root)).singleElement()
                .extracting(RecordedTest::outcome).isEqualTo("SUCCESSFUL");
    }

    @Test
    void readsAQuarantineAndToleratesRecordsWrittenBeforeProofsWereRecorded() throws IOException {
        write("testkit", "test-records-1-1.jsonl", """
                {"testClass":"dev.roster.OldTest","testName":"old","level":"UNIT","risks":["NO_LONGER_A_RISK"],\
                "outcome":"SUCCESSFUL","durationMs":3}""", """
                {"testClass":"dev.roster.FlakyIT","testName":"flaky","level":"SOMETHING_NEW","risks":[],\
                "proves":["OVERSELL"],"quarantine":{"reason":"waits on a clock","since":"2026-12-01"},\
                "outcome":"FAILED","durationMs":3}""");

        List<RecordedTest> records = TestRecords.readAll(root);

        RecordedTest old = records.stream().filter(r -> r.testName().equals("old")).findFirst().orElseThrow();
        assertThat(old.risks()).containsExactly("NO_LONGER_A_RISK");
        assertThat(old.proves()).isEmpty();
        assertThat(old.quarantined()).isFalse();
        RecordedTest flaky = records.stream().filter(r -> r.testName().equals("flaky")).findFirst().orElseThrow();
        assertThat(flaky.quarantineReason()).isEqualTo("waits on a clock");
        assertThat(flaky.quarantinedSince()).isEqualTo("2026-12-01");
        assertThat(flaky.level()).isEqualTo(TestLevel.UNKNOWN);
        assertThat(flaky.proves()).containsExactly("OVERSELL");
    }
}
