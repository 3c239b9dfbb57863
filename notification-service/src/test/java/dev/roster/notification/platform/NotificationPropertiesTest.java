package dev.roster.notification.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.roster.notification.platform.NotificationProperties.Messaging;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationPropertiesTest {

    @Test
    void refusesToStartWithoutAServiceToken() {
        assertThatIllegalArgumentException().isThrownBy(() -> withToken(""))
                .withMessageContaining("roster.notification.service-token is not set")
                .withMessageContaining("enrollment-service's roster.service-token");
        assertThatIllegalArgumentException().isThrownBy(() -> withToken("  "));
        assertThatIllegalArgumentException().isThrownBy(() -> withToken(null));
    }

    @Test
    void neverPrintsTheServiceToken() {
        assertThat(withToken("s3cret-token").toString()).doesNotContain("s3cret-token").contains("serviceToken=***");
    }

    @Test
    void refusesANonPositiveRetryDelay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NotificationProperties(URI.create("http://x"),
                        "token", Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofMillis(10), Duration.ofMinutes(5), 100, Duration.ZERO,
                        "Roster <no-reply@roster.local>", false, 0, messaging()))
                .withMessageContaining("retry-delay");
    }

    private static NotificationProperties withToken(String token) {
        return new NotificationProperties(URI.create("http://127.0.0.1:8080"), token, Duration.ofSeconds(1),
                Duration.ofSeconds(3), 3, Duration.ofMillis(200), Duration.ofMinutes(5), 100, Duration.ofSeconds(5),
                "Roster <no-reply@roster.local>", false, 3025, messaging());
    }

    private static Messaging messaging() {
        return new Messaging("roster.enrollment", "notification.enrollment-events", "roster.enrollment.dlx",
                "notification.enrollment-events.dlq", "notification.enrollment-events.retry", 5, 2, 10);
    }
}
