package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Every settings record refuses a bad value when the context starts, with a message naming the setting and
 * what is wrong, instead of starting and failing later (or never). One bad value per record, bound the way
 * the application binds them ({@code @ConfigurationProperties} with its validator), in a bare context that
 * finds them as the application does ({@code @ConfigurationPropertiesScan}).
 */
class SettingsRefusedAtStartIT {

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("dev.roster.enrollment")
    static class EverySettingsRecord {
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("roster.payment.max-attempts=0", List.of("roster.payment.max-attempts", "at least 1")),
                Arguments.of("roster.payment.api-key= ", List.of("roster.payment", "apiKey", "must not be blank")),
                Arguments.of("roster.purchase.reconciliation-batch=0",
                        List.of("roster.purchase", "reconciliationBatch", "greater than or equal to 1")),
                Arguments.of("roster.purchase.hold=0s", List.of("roster.purchase.hold", "longer than or equal to 1 second")),
                Arguments.of("roster.outbox.batch-size=0",
                        List.of("roster.outbox", "batchSize", "greater than or equal to 1")),
                Arguments.of("roster.outbox.poll-interval=-1s", List.of("roster.outbox.poll-interval", "positive")),
                Arguments.of("roster.retention.login-failures=10m",
                        List.of("roster.retention.login-failures", "longer than or equal to 15 minutes")),
                Arguments.of("roster.retention.batch-size=0",
                        List.of("roster.retention", "batchSize", "greater than or equal to 1")),
                Arguments.of("roster.admin.email=admin@example.com",
                        List.of("roster.admin.password must be set when roster.admin.email is")),
                Arguments.of("roster.web.max-request-bytes=10",
                        List.of("roster.web", "maxRequestBytes", "greater than or equal to 1024")),
                Arguments.of("roster.demo-data.enabled=perhaps", List.of("roster.demo-data.enabled", "perhaps")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void refusesToStartWithABadSettingAndSaysWhich(String setting, List<String> message) {
        new ApplicationContextRunner()
                .withUserConfiguration(EverySettingsRecord.class)
                .withPropertyValues(setting)
                .run(context -> {
                    assertThat(context).hasFailed();
                    String failure = messages(context.getStartupFailure());
                    message.forEach(part -> assertThat(failure).contains(part));
                });
    }

    @Test
    void startsWithEveryDefault() {
        new ApplicationContextRunner()
                .withUserConfiguration(EverySettingsRecord.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    /** The failure and its causes, as a person reading the start-up log sees them. */
    private static String messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return String.join("\n", messages);
    }
}
