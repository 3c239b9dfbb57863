package dev.roster.testkit.amqp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * The real RabbitMQ that integration tests use: the local broker at 127.0.0.1:5672 (guest/guest),
 * or the one named by {@value #URL_VARIABLE} (an {@code amqp://user:pass@host:port/vhost} URI).
 * A test that cannot reach it fails, saying how to provide one; it never skips silently.
 * Tests isolate themselves by declaring their own uniquely named exchanges and queues.
 */
public final class RealRabbitMq {

    public static final String URL_VARIABLE = "ROSTER_TEST_RABBITMQ_URL";
    private static final String DEFAULT_URL = "amqp://guest:guest@127.0.0.1:5672/";

    private final URI uri;

    private RealRabbitMq(URI uri) {
        this.uri = uri;
    }

    /** The broker for this test JVM, checked to accept connections. */
    public static RealRabbitMq shared() {
        String configured = System.getenv(URL_VARIABLE);
        URI uri = URI.create(configured == null || configured.isBlank() ? DEFAULT_URL : configured);
        RealRabbitMq broker = new RealRabbitMq(uri);
        broker.checkReachable();
        return broker;
    }

    private void checkReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 2_000);
        } catch (IOException e) {
            throw new IllegalStateException("No RabbitMQ accepts connections at " + host() + ":" + port()
                    + ". Start the local broker (`rabbitmq-server -detached`; .ci/run installs and starts it), "
                    + "or set " + URL_VARIABLE + " to an amqp:// URI of one you have.", e);
        }
    }

    public String host() {
        return uri.getHost();
    }

    public int port() {
        return uri.getPort() > 0 ? uri.getPort() : 5672;
    }

    public String username() {
        return userInfo()[0];
    }

    public String password() {
        return userInfo().length > 1 ? userInfo()[1] : "";
    }

    public String virtualHost() {
        String path = uri.getPath();
        return path == null || path.isEmpty() || path.equals("/") ? "/" : path.substring(1);
    }

    /** Spring Boot properties that point a service at this broker. */
    public String[] springProperties() {
        return new String[] {
                "spring.rabbitmq.host=" + host(),
                "spring.rabbitmq.port=" + port(),
                "spring.rabbitmq.username=" + username(),
                "spring.rabbitmq.password=" + password(),
                "spring.rabbitmq.virtual-host=" + virtualHost(),
        };
    }

    private String[] userInfo() {
        String info = uri.getUserInfo();
        return info == null ? new String[] {"guest", "guest"} : info.split(":", 2);
    }
}
