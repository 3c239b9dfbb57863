package dev.roster.notification.mail.adapter;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link MailServerNotConfiguredException} into Spring Boot's start-up failure report: what is missing and
 * what to set, without a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public final class MailServerNotConfiguredFailureAnalyzer
        extends AbstractFailureAnalyzer<MailServerNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MailServerNotConfiguredException cause) {
        String description = "notification-service has no mail server to send its emails to: spring.mail.host is "
                + "not set.";
        if (cause.embeddedSmtpRequested()) {
            description += " roster.notification.embedded-smtp is true (the local profile), but this jar carries no "
                    + "embedded SMTP server (only the local run's jar, notification-service-local.jar started by "
                    + "./roster run, does).";
        }
        return new FailureAnalysis(description,
                "Set SPRING_MAIL_HOST to the SMTP server (and SPRING_MAIL_PORT if it is not 25, SPRING_MAIL_USERNAME "
                        + "and SPRING_MAIL_PASSWORD if it wants a login).",
                cause);
    }
}
