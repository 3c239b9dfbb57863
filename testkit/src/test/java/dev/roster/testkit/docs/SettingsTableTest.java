package dev.roster.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTableTest {

    private static final String METADATA = """
            {"properties": [
              {"name": "roster.outbox.poll-interval", "defaultValue": "500ms"},
              {"name": "roster.admin.email", "defaultValue": ""},
              {"name": "roster.service-token"},
              {"name": "roster.pricing.rules", "defaultValue": ["member", "coupon"]}
            ]}
            """;

    @TempDir
    Path dir;

    @Test
    void findsNothingWrongWhenEveryGeneratedSettingHasItsRow() throws IOException {
        Path table = write("configuration.md", """
                | setting | variable | default | meaning |
                |---|---|---|---|
                | `roster.outbox.poll-interval` | `ROSTER_OUTBOX_POLL_INTERVAL` | `500ms` | how often |
                | `roster.admin.email` | `ROSTER_ADMIN_EMAIL` | `""` | who |
                | `roster.service-token` | `ROSTER_SERVICE_TOKEN` | none | the credential |
                | `roster.pricing.rules` | `ROSTER_PRICING_RULES` | `member,coupon` | the order |
                """);

        assertThat(SettingsTable.problems(table, write("metadata.json", METADATA))).isEmpty();
    }

    @Test
    void namesAMissingRowAWrongVariableAndAWrongDefault() throws IOException {
        Path table = write("configuration.md", """
                | `roster.outbox.poll-interval` | `ROSTER_OUTBOX_POLLINTERVAL` | `1s` | how often |
                | `roster.admin.email` | `ROSTER_ADMIN_EMAIL` | `""` | who |
                | `roster.service-token` | `ROSTER_SERVICE_TOKEN` | none | the credential |
                """);

        assertThat(SettingsTable.problems(table, write("metadata.json", METADATA))).containsExactlyInAnyOrder(
                "roster.outbox.poll-interval: the environment variable is ROSTER_OUTBOX_POLL_INTERVAL, the table says "
                        + "ROSTER_OUTBOX_POLLINTERVAL",
                "roster.outbox.poll-interval: the default is `500ms`, the table says `1s`",
                "roster.pricing.rules is not in the table of " + table);
    }

    @Test
    void mapsAPropertyToTheVariableSpringBootReadsItFrom() {
        assertThat(SettingsTable.environmentVariable("roster.notification.retention.batch-size"))
                .isEqualTo("ROSTER_NOTIFICATION_RETENTION_BATCH_SIZE");
    }

    @Test
    void listsTheGeneratedNamesInTheirOrder() throws IOException {
        assertThat(SettingsTable.generatedNames(write("metadata.json", METADATA))).containsExactly(
                "roster.outbox.poll-interval", "roster.admin.email", "roster.service-token", "roster.pricing.rules");
    }

    @Test
    void saysWhichFileItCouldNotRead() {
        assertThatThrownBy(() -> SettingsTable.generatedNames(dir.resolve("absent.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent.json");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
