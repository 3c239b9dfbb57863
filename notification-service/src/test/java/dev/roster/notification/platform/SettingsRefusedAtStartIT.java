package dev.roster.notification.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * notification-service's settings records refuse a bad value when the context starts, naming the setting and
 * what is wrong. One bad value per rule, bound as the application binds them, in a bare context.
 */
class SettingsRefusedAtStartIT {

    private static final String TOKEN = "roster.notification.service-token=a-token";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({NotificationProperties.class, RetentionProperties.class})
    static class EverySettingsRecord {
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("roster.notification.service-token=", List.of("roster.notification.service-token is not set")),
                Arguments.of("roster.notification.retry-delay=0s", List.of("roster.notification.retry-delay", "positive")),
                Arguments.of("roster.notification.embedded-smtp-port=70000",
                        List.of("roster.notification", "embeddedSmtpPort", "less than or equal to 65535")),
                Arguments.of("roster.notification.messaging.queue= ",
                        List.of("roster.notification", "messaging.queue", "must not be blank")),
                Arguments.of("roster.notification.retention.processed-messages=1h",
                        List.of("roster.notification.retention.processed-messages", "longer than or equal to 1 day")),
                Arguments.of("roster.notification.retention.batch-size=0",
                        List.of("roster.notification.retention", "batchSize", "greater than or equal to 1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void refusesToStartWithABadSettingAndSaysWhich(String setting, List<String> message) {
        new ApplicationContextRunner()
                .withUserConfiguration(EverySettingsRecord.class)
                .withPropertyValues(TOKEN, setting)
                .run(context -> {
                    assertThat(context).hasFailed();
                    String failure = messages(context.getStartupFailure());
                    message.forEach(part -> assertThat(failure).contains(part));
                });
    }

    @Test
    void startsWithEveryDefaultAndAToken() {
        new ApplicationContextRunner()
                .withUserConfiguration(EverySettingsRecord.class)
                .withPropertyValues(TOKEN)
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static String messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return String.join("\n", messages);
    }
}
