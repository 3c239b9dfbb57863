package dev.roster.notification.mail.adapter;

import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.platform.NotificationProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP adapter. The mail server is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST},
 * {@code SPRING_MAIL_PORT}, ...), or the embedded one of the local run ({@link EmbeddedSmtpConfiguration}).
 * With neither, Spring Boot makes no mail sender and the service refuses to start, saying what to set
 * ({@link MailServerNotConfiguredException}): there is no default server, since one that is not there would
 * only show up later as every email waiting in the retry queue.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /** Idle connections older than this are closed rather than used: below the idle timeouts of common servers. */
    static final Duration MAX_IDLE = Duration.ofSeconds(30);

    /**
     * The connections to the server {@code sender} describes (Spring Boot's, or the embedded one's); closed with
     * the context, after the listener container has stopped using them.
     */
    @Bean(destroyMethod = "close")
    SmtpConnections smtpConnections(ObjectProvider<JavaMailSender> sender, NotificationProperties properties,
                                    Clock clock) {
        JavaMailSender configured = sender.getIfAvailable();
        if (configured == null) {
            throw new MailServerNotConfiguredException(properties.embeddedSmtp());
        }
        if (!(configured instanceof JavaMailSenderImpl described)) {
            throw new IllegalStateException("notification-service sends over SMTP connections of its own and needs to "
                    + "know the server: the JavaMailSender bean must be a JavaMailSenderImpl (spring.mail.*), was "
                    + configured.getClass().getName());
        }
        return new SmtpConnections(described, MAX_IDLE, clock);
    }

    @Bean
    Mailer mailer(SmtpConnections connections, NotificationProperties properties, Clock clock) {
        return new SmtpMailer(connections, properties.mailFrom(), clock);
    }
}
