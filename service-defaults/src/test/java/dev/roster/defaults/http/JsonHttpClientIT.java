package dev.roster.defaults.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** A {@link JsonHttpClient} against a small loopback server: what every request carries, and its timeout. */
class JsonHttpClientIT {

    private final Map<String, List<String>> seenHeaders = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private URI baseUrl;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hello", exchange -> {
            exchange.getRequestHeaders().forEach(seenHeaders::put);
            byte[] body = "{\"greeting\":\"hello\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void sendsTheBearerTokenAndAsksForJsonOnEveryRequest() {
        try (JsonHttpClient client = JsonHttpClient.create(RestClient.builder(), baseUrl, "token-123",
                Duration.ofSeconds(2), Duration.ofSeconds(5))) {
            String body = client.rest().get().uri("/hello").retrieve().body(String.class);

            assertThat(body).contains("hello");
        }
        assertThat(seenHeaders.get("Authorization")).containsExactly("Bearer token-123");
        assertThat(seenHeaders.get("Accept")).containsExactly("application/json");
    }

    @Test
    void leavesTheSharedBuilderAsItWas() {
        RestClient.Builder shared = RestClient.builder();
        try (JsonHttpClient ignored = JsonHttpClient.create(shared, baseUrl, "token-123", Duration.ofSeconds(2),
                Duration.ofSeconds(5))) {
            shared.baseUrl(baseUrl.toString()).build().get().uri("/hello").retrieve().toBodilessEntity();
        }

        assertThat(seenHeaders).as("another client from the same builder carries no token of this one")
                .doesNotContainKey("Authorization");
    }

    @Test
    void givesUpOnAnAnswerSlowerThanTheReadTimeout() {
        try (JsonHttpClient client = JsonHttpClient.create(RestClient.builder(), baseUrl, "token-123",
                Duration.ofSeconds(2), Duration.ofMillis(200))) {
            assertThatExceptionOfType(ResourceAccessException.class)
                    .isThrownBy(() -> client.rest().get().uri("/slow").retrieve().toBodilessEntity())
                    .withRootCauseInstanceOf(HttpTimeoutException.class);
        }
    }
}
