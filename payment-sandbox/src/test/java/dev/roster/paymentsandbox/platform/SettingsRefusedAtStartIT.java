package dev.roster.paymentsandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The sandbox's settings refuse a bad value when the context starts, naming the setting and what is wrong. */
class SettingsRefusedAtStartIT {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SandboxProperties.class)
    static class Settings {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sandbox.api-key= | sandbox.api-key must not be blank",
            "sandbox.slow-delay=-1s | must not be negative",
            "sandbox.late-delay=-1s | sandbox.late-delay must not be negative",
            "sandbox.flaky-failures=1000 | less than or equal to 100"})
    void refusesToStartWithABadSettingAndSaysWhich(String setting, String message) {
        new ApplicationContextRunner()
                .withUserConfiguration(Settings.class)
                .withPropertyValues(setting)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure())).contains(message);
                });
    }

    @Test
    void startsWithEveryDefault() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
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
