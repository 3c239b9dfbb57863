package dev.roster.notification.mail.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.platform.NotificationProperties;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Where the emails go, as the service wires it on Spring Boot's mail auto-configuration: the configured SMTP
 * server, the local run's embedded one, or, with neither, no start at all (there is no default server). In the
 * production jar GreenMail is absent, so the local profile's embedded server cannot stand in there.
 */
@Guards(Risk.LOCAL_STAND_IN_IN_PRODUCTION)
class MailConfigurationIT {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(NotificationPropertiesBinding.class, MailConfiguration.class,
                    EmbeddedSmtpConfiguration.class)
            .withPropertyValues("roster.notification.service-token=mail-config-token",
                    "roster.notification.embedded-smtp-port=0");

    @Test
    void sendsToTheConfiguredSmtpServer() {
        service.withPropertyValues("spring.mail.host=smtp.example", "spring.mail.port=2525").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Mailer.class).doesNotHaveBean(GreenMail.class);
            assertThat(context.getBean(JavaMailSender.class)).isInstanceOfSatisfying(JavaMailSenderImpl.class,
                    sender -> assertThat(sender.getHost() + ":" + sender.getPort()).isEqualTo("smtp.example:2525"));
        });
    }

    @Test
    void refusesToStartWithoutAMailServer() {
        service.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOfSatisfying(
                    MailServerNotConfiguredException.class,
                    failure -> assertThat(failure.embeddedSmtpRequested()).isFalse());
        });
    }

    @Test
    void sendsToTheEmbeddedServerInTheLocalRun() {
        service.withPropertyValues("roster.notification.embedded-smtp=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Mailer.class).hasSingleBean(GreenMail.class);
            assertThat(context.getBean(JavaMailSenderImpl.class).getPort())
                    .isEqualTo(context.getBean(GreenMail.class).getSmtp().getPort());
        });
    }

    @Test
    void refusesTheLocalProfilesEmbeddedServerInAJarWithoutGreenMail() {
        service.withClassLoader(new FilteredClassLoader(GreenMail.class))
                .withPropertyValues("roster.notification.embedded-smtp=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOfSatisfying(
                            MailServerNotConfiguredException.class,
                            failure -> assertThat(failure.embeddedSmtpRequested()).isTrue());
                });
    }

    /** What the application's {@code @ConfigurationPropertiesScan} does for the service's settings. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class NotificationPropertiesBinding {

        /** The service's clock (ClockConfiguration), which the mail adapter stamps and ages connections with. */
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
        }
    }
}
