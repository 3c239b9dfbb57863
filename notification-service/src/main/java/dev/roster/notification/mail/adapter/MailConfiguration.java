package dev.roster.notification.mail.adapter;

import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.platform.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The SMTP adapter. The mail server is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST},
 * {@code SPRING_MAIL_PORT}, ...), or the embedded one of the local run ({@link EmbeddedSmtpConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(JavaMailSender sender, NotificationProperties properties) {
        return new SmtpMailer(sender, properties.mailFrom());
    }
}
