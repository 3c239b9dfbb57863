package dev.roster.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class SmokeOptionsTest {

    @Test
    void readsTheUrlAloneWithTheDefaults() {
        SmokeOptions options = SmokeOptions.parse(List.of("http://localhost:8080/"));

        assertThat(options.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.purchase()).isFalse();
        assertThat(options.timeLimit()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void readsThePurchaseAndTheTimeLimitInAnyOrder() {
        SmokeOptions options = SmokeOptions.parse(List.of("--time-limit", "90", "https://roster.example", "--purchase"));

        assertThat(options.baseUrl()).isEqualTo(URI.create("https://roster.example"));
        assertThat(options.purchase()).isTrue();
        assertThat(options.timeLimit()).isEqualTo(Duration.ofSeconds(90));
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(delimiter = '|', value = {
            "''|the deployment's URL is missing",
            "--purchase|the deployment's URL is missing",
            "localhost:8080|not an http(s) base URL: localhost:8080",
            "ftp://localhost|not an http(s) base URL: ftp://localhost",
            "http://localhost:8080/?x=1|not an http(s) base URL: http://localhost:8080/?x=1",
            "http://a b|not a URL: http://a b",
            "http://localhost,--time-limit|--time-limit needs a number of seconds",
            "http://localhost,--time-limit,0|--time-limit is 1 to 600 seconds, was 0",
            "http://localhost,--time-limit,30s|--time-limit needs a whole number of seconds, was 30s",
            "http://localhost,--verbose|unexpected argument: --verbose",
            "http://localhost,http://other|unexpected argument: http://other",
    })
    void refusesACommandLineItCannotRead(String line, String message) {
        List<String> args = line.isEmpty() ? List.of() : List.of(line.split(","));

        assertThatThrownBy(() -> SmokeOptions.parse(args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void exitsWithTheUsageCodeAndTheUsageForAnUnreadableCommandLine() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = Smoke.run(List.of("--purchase"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(Smoke.USAGE);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("smoke: the deployment's URL is missing", "usage: ./roster smoke URL");
    }
}
