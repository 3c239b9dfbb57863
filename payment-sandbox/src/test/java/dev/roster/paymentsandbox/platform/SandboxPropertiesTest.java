package dev.roster.paymentsandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings bind as documented, with their defaults, and refuse nonsense at start-up. */
class SandboxPropertiesTest {

    @Test
    void hasTheDocumentedDefaults() {
        SandboxProperties properties = bind(Map.of());

        assertThat(properties.apiKey()).isEqualTo("sk_test_roster");
        assertThat(properties.slowDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.baseLatency()).isEqualTo(Duration.ZERO);
        assertThat(properties.flakyFailures()).isEqualTo(2);
        assertThat(properties.lateDelay()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void bindsEverySetting() {
        SandboxProperties properties = bind(Map.of("sandbox.api-key", "sk_test_other", "sandbox.slow-delay", "250ms",
                "sandbox.base-latency", "20ms", "sandbox.flaky-failures", "0", "sandbox.late-delay", "2s"));

        assertThat(properties).isEqualTo(new SandboxProperties("sk_test_other", Duration.ofMillis(250),
                Duration.ofMillis(20), 0, Duration.ofSeconds(2)));
    }

    @Test
    void refusesABlankKeyAndNegativeValues() {
        assertThatThrownBy(() -> bind(Map.of("sandbox.api-key", " "))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("sandbox.slow-delay", "-1s"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("sandbox.base-latency", "-1s"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("sandbox.flaky-failures", "-1"))).isInstanceOf(BindException.class);
    }

    @Test
    void refusesANegativeLateDelayAndTakesAZeroOne() {
        assertThatThrownBy(() -> bind(Map.of("sandbox.late-delay", "-1ms")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("sandbox.late-delay must not be negative");
        assertThat(bind(Map.of("sandbox.late-delay", "0s")).lateDelay()).isEqualTo(Duration.ZERO);
    }

    @Test
    void neverPrintsTheApiKey() {
        assertThat(bind(Map.of("sandbox.api-key", "sk_test_secret")).toString()).doesNotContain("sk_test_secret");
    }

    private static SandboxProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("sandbox", SandboxProperties.class);
    }
}
