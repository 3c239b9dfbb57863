package dev.roster.enrollment.payment.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The {@code roster.payment.*} names and defaults, bound the way the application binds them. */
class PaymentProviderPropertiesTest {

    @Test
    void defaultsReachTheLocalSandboxWithinSixSeconds() {
        PaymentProviderProperties properties = bind(Map.of());

        assertThat(properties).isEqualTo(new PaymentProviderProperties(URI.create("http://127.0.0.1:8090"),
                "sk_test_roster", Duration.ofMillis(500), Duration.ofSeconds(2), 4, Duration.ofMillis(100),
                Duration.ofSeconds(1), Duration.ofSeconds(6), 32));
    }

    @Test
    void bindsEverySettingByItsKebabCaseName() {
        PaymentProviderProperties properties = bind(Map.of(
                "roster.payment.base-url", "https://pay.example.test",
                "roster.payment.api-key", "sk_live_x",
                "roster.payment.connect-timeout", "1s",
                "roster.payment.read-timeout", "3s",
                "roster.payment.max-attempts", "2",
                "roster.payment.initial-backoff", "50ms",
                "roster.payment.max-backoff", "400ms",
                "roster.payment.budget", "10s",
                "roster.payment.max-concurrent-calls", "8"));

        assertThat(properties).isEqualTo(new PaymentProviderProperties(URI.create("https://pay.example.test"),
                "sk_live_x", Duration.ofSeconds(1), Duration.ofSeconds(3), 2, Duration.ofMillis(50),
                Duration.ofMillis(400), Duration.ofSeconds(10), 8));
    }

    @Test
    void rejectsSettingsThatWouldDisableTheLimits() {
        assertThatThrownBy(() -> bind(Map.of("roster.payment.budget", "0s"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("budget");
        assertThatThrownBy(() -> bind(Map.of("roster.payment.max-attempts", "0"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> bind(Map.of("roster.payment.max-concurrent-calls", "0")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-concurrent-calls");
    }

    @Test
    @Guards(Risk.SECRET_IN_LOGS)
    void neverShowsTheApiKey() {
        assertThat(bind(Map.of("roster.payment.api-key", "sk_live_secret")).toString())
                .doesNotContain("sk_live_secret").contains("apiKey=***");
    }

    private static PaymentProviderProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("roster.payment", PaymentProviderProperties.class);
    }
}
