package dev.roster.notification.mail.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import dev.roster.notification.delivery.domain.Email;
import dev.roster.testkit.time.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP adapter against a real SMTP server (GreenMail): emails go out over a connection kept open between them,
 * counted at the socket, and a connection is replaced once it idled too long or failed.
 */
class SmtpConnectionsIT {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final Duration MAX_IDLE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final CountingSocketFactory sockets = new CountingSocketFactory();
    private SmtpConnections connections;
    private SmtpMailer mailer;

    @BeforeEach
    void aMailerForTheServer() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mail.getSmtp().getPort());
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.socketFactory", sockets);
        sender.setJavaMailProperties(properties);
        connections = new SmtpConnections(sender, MAX_IDLE, clock);
        mailer = new SmtpMailer(connections, "Roster <no-reply@roster.local>", clock);
    }

    @AfterEach
    void closeTheConnections() {
        connections.close();
    }

    @Test
    void sendsConsecutiveEmailsOverOneConnection() throws Exception {
        Email first = anEmail();
        Email second = anEmail();
        Email third = anEmail();

        mailer.send(first);
        mailer.send(second);
        mailer.send(third);

        assertThat(Arrays.stream(mail.getReceivedMessages()).map(SmtpConnectionsIT::messageId))
                .containsExactly(first.messageId(), second.messageId(), third.messageId());
        assertThat(sockets.created()).as("connections opened to the server").isEqualTo(1);
        assertThat(connections.openConnections()).isEqualTo(1);
    }

    @Test
    void opensANewConnectionOnceTheOpenOneIdledTooLong() {
        mailer.send(anEmail());
        clock.advance(MAX_IDLE.minusSeconds(1));
        mailer.send(anEmail());
        assertThat(sockets.created()).as("still young enough").isEqualTo(1);

        clock.advance(MAX_IDLE);
        mailer.send(anEmail());

        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(sockets.created()).isEqualTo(2);
        assertThat(connections.openConnections()).as("the idle one was closed").isEqualTo(1);
    }

    @Test
    void replacesADroppedConnectionAfterReportingItsEmailAsTemporarilyFailed() throws Exception {
        mailer.send(anEmail());
        sockets.last().close();

        assertThatThrownBy(() -> mailer.send(anEmail())).as("the dropped connection")
                .isInstanceOf(TemporarilyUnavailableException.class);
        Email next = anEmail();
        mailer.send(next);

        assertThat(Arrays.stream(mail.getReceivedMessages()).map(SmtpConnectionsIT::messageId))
                .hasSize(2).endsWith(next.messageId());
        assertThat(sockets.created()).isEqualTo(2);
        assertThat(connections.openConnections()).isEqualTo(1);
    }

    private static Email anEmail() {
        UUID eventId = UUID.randomUUID();
        return new Email("ada@example.com", "Your seat is confirmed", "Hello Ada,", "<p>Hello Ada,</p>",
                "<" + eventId + "@roster.local>");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plain sockets, counted: each is one connection to the server. */
    static final class CountingSocketFactory extends SocketFactory {

        private final AtomicInteger created = new AtomicInteger();
        private volatile Socket last;

        int created() {
            return created.get();
        }

        /** The socket made last, to drop its connection as a server or a network might. */
        Socket last() {
            return last;
        }

        @Override
        public Socket createSocket() {
            created.incrementAndGet();
            return remember(new Socket());
        }

        private Socket remember(Socket socket) {
            last = socket;
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            created.incrementAndGet();
            return remember(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            created.incrementAndGet();
            return remember(new Socket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            created.incrementAndGet();
            return remember(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            created.incrementAndGet();
            return remember(new Socket(address, port, localAddress, localPort));
        }
    }
}
