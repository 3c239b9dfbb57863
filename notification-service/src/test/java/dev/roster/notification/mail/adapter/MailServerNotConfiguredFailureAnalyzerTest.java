package dev.roster.notification.mail.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** notification-service started without a mail server says what to set, and why the embedded one is not there. */
class MailServerNotConfiguredFailureAnalyzerTest {

    private final MailServerNotConfiguredFailureAnalyzer analyzer = new MailServerNotConfiguredFailureAnalyzer();

    @Test
    void namesTheMailSettingsToSet() {
        FailureAnalysis analysis = analyzer.analyze(new MailServerNotConfiguredException(false));

        assertThat(analysis.getDescription()).contains("spring.mail.host").doesNotContain("embedded");
        assertThat(analysis.getAction()).contains("SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME",
                "SPRING_MAIL_PASSWORD");
    }

    @Test
    void saysTheEmbeddedServerIsOnlyInTheLocalJarWhenTheLocalProfileAskedForIt() {
        FailureAnalysis analysis = analyzer.analyze(
                new IllegalStateException("Error creating bean with name 'mailer'", new MailServerNotConfiguredException(true)));

        assertThat(analysis.getDescription()).contains("roster.notification.embedded-smtp", "notification-service-local.jar");
        assertThat(analysis.getAction()).contains("SPRING_MAIL_HOST");
    }

    @Test
    void leavesOtherFailuresToTheirOwnAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("Connection refused"))).isNull();
    }
}
