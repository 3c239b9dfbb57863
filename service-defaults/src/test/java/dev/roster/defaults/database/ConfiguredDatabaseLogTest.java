package dev.roster.defaults.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The start-up line names the database server, never the credentials a JDBC URL may carry. */
class ConfiguredDatabaseLogTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db.example:5432/roster?user=roster&password=s3cret | jdbc:postgresql://db.example:5432/roster",
            "jdbc:postgresql://127.0.0.1/roster                                 | jdbc:postgresql://127.0.0.1/roster",
            "jdbc:postgresql://db.example:5432/roster?password=s3cret&ssl=true  | jdbc:postgresql://db.example:5432/roster",
            "jdbc:postgresql://[broken                                          | (an unparseable URL)",
    })
    void showsServerAndDatabaseWithoutTheQuery(String url, String shown) {
        assertThat(ConfiguredDatabaseLog.withoutQuery(url)).isEqualTo(shown).doesNotContain("s3cret");
    }
}
