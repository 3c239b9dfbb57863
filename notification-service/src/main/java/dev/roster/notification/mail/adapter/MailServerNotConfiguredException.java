package dev.roster.notification.mail.adapter;

/**
 * notification-service was started with no mail server: no {@code spring.mail.host}, and no embedded SMTP server
 * (not asked for, or asked for in a jar that does not carry one). Reported by
 * {@link MailServerNotConfiguredFailureAnalyzer} as one message naming what to set.
 */
public final class MailServerNotConfiguredException extends RuntimeException {

    private final boolean embeddedSmtpRequested;

    MailServerNotConfiguredException(boolean embeddedSmtpRequested) {
        super("notification-service has no mail server: spring.mail.host (SPRING_MAIL_HOST) is not set");
        this.embeddedSmtpRequested = embeddedSmtpRequested;
    }

    /** {@code roster.notification.embedded-smtp=true} (the local profile), but this jar has no GreenMail. */
    public boolean embeddedSmtpRequested() {
        return embeddedSmtpRequested;
    }
}
