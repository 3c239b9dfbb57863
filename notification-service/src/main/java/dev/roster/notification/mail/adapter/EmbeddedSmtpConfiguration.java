package dev.roster.notification.mail.adapter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.roster.notification.platform.NotificationProperties;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The local run's captured mail ({@code roster.notification.embedded-smtp=true}, set by the
 * {@code local} profile): an embedded SMTP server (GreenMail) on 127.0.0.1 that keeps every email it
 * receives, the mail sender pointed at it, and {@code GET /captured-mail} to read them. Nothing
 * leaves the machine. Never for production: the emails live in memory until the service stops, and the
 * production jar ({@code *-exec.jar}) does not carry GreenMail, so there it is never set up (and
 * {@link MailConfiguration} says so at start).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("roster.notification.embedded-smtp")
@ConditionalOnClass(GreenMail.class)
class EmbeddedSmtpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedSmtpServer(NotificationProperties properties) {
        ServerSetup setup = new ServerSetup(properties.embeddedSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        return new GreenMail(properties.embeddedSmtpPort() == 0 ? setup.dynamicPort() : setup);
    }

    /** Replaces Spring Boot's mail sender: this one sends to the embedded server, whatever spring.mail says. */
    @Bean
    JavaMailSender embeddedSmtpMailSender(GreenMail embeddedSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties javaMail = new Properties();
        javaMail.setProperty("mail.smtp.connectiontimeout", "5000");
        javaMail.setProperty("mail.smtp.timeout", "5000");
        javaMail.setProperty("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> capturedMailAnnouncement(GreenMail embeddedSmtpServer) {
        return event -> log.info("Captured mail: http://localhost:{}/captured-mail (embedded SMTP on 127.0.0.1:{}; "
                        + "nothing is sent anywhere else)", event.getWebServer().getPort(),
                embeddedSmtpServer.getSmtp().getPort());
    }
}
