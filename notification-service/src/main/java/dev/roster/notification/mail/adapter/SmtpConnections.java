package dev.roster.notification.mail.adapter;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.net.SocketFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP connections kept open between emails, one per sending thread at a time (so at most as many as there are
 * consumers), instead of a new connection, greeting, {@code EHLO} (and, against a real server, TLS handshake and
 * login) and {@code QUIT} for every email. Measured in the load run against the embedded server: each of those
 * exchanges cost a ~40 ms stall (Nagle's algorithm against delayed ACKs), so a connection per email capped
 * delivery far below the purchase rate.
 *
 * <p>A connection that failed is closed, never reused: the email's failure is reported as it was before, and the
 * next email opens a new connection. A connection idle for longer than {@link #maxIdle} is closed rather than used,
 * since servers drop idle clients (RFC 5321 asks them to wait at least 5 minutes; many wait less); one the server
 * dropped sooner fails its next email, which then waits in the retry queue. Sockets are opened with
 * {@code TCP_NODELAY} unless {@code mail.smtp.socketFactory} names a factory of its own, so the end of an email's
 * data is not held back waiting for the previous segment's ACK.
 */
final class SmtpConnections implements AutoCloseable {

    /**
     * Jakarta Mail looks its stream provider up on every part it writes or parses, through {@code ServiceLoader}:
     * a scan of the classpath (every nested jar of the Boot jar) per call, a fifth of this service's CPU in the load
     * run. Its lookup reads this system property first, so naming Angus Mail's provider (the implementation on the
     * classpath) skips the scan; were the class missing, the lookup would fall back to the scan.
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final Session session;
    private final String protocol;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final Duration maxIdle;
    private final Clock clock;
    /** Idle connections, the most recently used first. */
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
    private final Set<Transport> open = ConcurrentHashMap.newKeySet();

    /** @param sender where to connect and how: Spring Boot's sender configured by {@code spring.mail.*} */
    SmtpConnections(JavaMailSenderImpl sender, Duration maxIdle, Clock clock) {
        Objects.requireNonNull(sender, "sender");
        System.getProperties().putIfAbsent(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        Properties properties = new Properties();
        properties.putAll(sender.getSession().getProperties());
        properties.putIfAbsent("mail.smtp.socketFactory", new NoDelaySocketFactory());
        this.session = Session.getInstance(properties);
        this.protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
        this.host = sender.getHost();
        this.port = sender.getPort();
        this.username = sender.getUsername();
        this.password = sender.getPassword();
        this.maxIdle = Objects.requireNonNull(maxIdle, "maxIdle");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Session session() {
        return session;
    }

    /** Sends on an open connection (or a new one); the connection is kept only if the send succeeded. */
    void send(MimeMessage message) throws MessagingException {
        Transport transport = take();
        boolean sent = false;
        try {
            Address[] recipients = message.getAllRecipients();
            transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
            sent = true;
        } finally {
            if (sent) {
                idle.addFirst(new Idle(transport, clock.instant()));
            } else {
                closeQuietly(transport);
            }
        }
    }

    /** Connections opened and not yet closed (idle or in use). */
    int openConnections() {
        return open.size();
    }

    private Transport take() throws MessagingException {
        Instant now = clock.instant();
        for (Idle candidate = idle.pollFirst(); candidate != null; candidate = idle.pollFirst()) {
            if (candidate.since().plus(maxIdle).isAfter(now)) {
                return candidate.transport();
            }
            closeQuietly(candidate.transport());
        }
        Transport transport = session.getTransport(protocol);
        transport.connect(host, port, username, password);
        open.add(transport);
        return transport;
    }

    private void closeQuietly(Transport transport) {
        open.remove(transport);
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // the connection is gone either way
        }
    }

    /** Closes every connection, idle or not; called as the service stops, after the consumers have. */
    @Override
    public void close() {
        idle.clear();
        open.forEach(this::closeQuietly);
    }

    private record Idle(Transport transport, Instant since) {
    }

    /** Plain sockets with {@code TCP_NODELAY}; JavaMail only ever calls {@link #createSocket()} and connects it. */
    static final class NoDelaySocketFactory extends SocketFactory {

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(new Socket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(new Socket(address, port, localAddress, localPort));
        }

        /** Nagle off: SMTP's small command lines otherwise wait on the server's delayed ACKs (~40 ms each). */
        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
