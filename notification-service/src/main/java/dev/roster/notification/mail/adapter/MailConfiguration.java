package dev.roster.notification.mail.adapter;

import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.platform.NotificationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The SMTP adapter. The mail server is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST},
 * {@code SPRING_MAIL_PORT}, ...), or the embedded one of the local run ({@link EmbeddedSmtpConfiguration}).
 * With neither, Spring Boot makes no mail sender and the service refuses to start, saying what to set
 * ({@link MailServerNotConfiguredException}): there is no default server, since one that is not there would
 * only show up later as every email waiting in the retry queue.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        JavaMailSender configured = sender.getIfAvailable();
        if (configured == null) {
            throw new MailServerNotConfiguredException(properties.embeddedSmtp());
        }
        return new SmtpMailer(configured, properties.mailFrom());
    }
}
