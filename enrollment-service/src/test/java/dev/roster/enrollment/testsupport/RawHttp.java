package dev.roster.enrollment.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Requests exactly as written, bytes and all, over one keep-alive JDK client: what hostile-input
 * tests need and {@link Api}'s typed client would tidy away (raw JSON escapes such as
 * {@code \u0000}, invalid UTF-8, percent-encoded query bytes).
 */
public final class RawHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public RawHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One response: status, content type ("" when none) and body as text. */
    public record Answer(int status, String contentType, String body) {
    }

    /**
     * @param pathAndQuery already percent-encoded, e.g. {@code /api/v1/courses/x/quote?coupon=A%00}
     * @param bearer       a session token, or null for none
     * @param headers      further headers, e.g. Idempotency-Key
     * @param body         the body's bytes (sent as application/json), or null for none
     */
    public Answer send(String method, String pathAndQuery, String bearer, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer send(String method, String pathAndQuery, String bearer, String jsonBody) {
        return send(method, pathAndQuery, bearer, Map.of(),
                jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8));
    }
}
