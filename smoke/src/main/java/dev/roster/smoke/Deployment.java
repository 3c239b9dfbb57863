package dev.roster.smoke;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deployment under check, over HTTP with the JDK's client. Every request waits at most what is
 * left of the run's budget (and at most {@value #MAX_REQUEST_SECONDS} s); a refused connection, a
 * time-out or an answer that is not JSON becomes a {@link StepFailed} that says so.
 */
final class Deployment {

    static final int MAX_REQUEST_SECONDS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status, the headers a check looks at, and the body as text. */
    record Answer(String request, int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** The body as JSON, or a failure naming the request that answered something else. */
        JsonNode json() {
            try {
                return JSON.readTree(body());
            } catch (JacksonException notJson) {
                throw new StepFailed(request + " answered " + status + " with a body that is not JSON: "
                        + shortened(body()));
            }
        }

        /** This answer, if its status is {@code expected}; else a failure showing what came instead. */
        Answer expect(int expected) {
            if (status != expected) {
                throw new StepFailed(request + " answered " + status + ", expected " + expected + ": "
                        + shortened(body()));
            }
            return this;
        }
    }

    private final URI base;
    private final Steps steps;
    private final HttpClient http;

    Deployment(URI base, Steps steps) {
        this.base = base;
        this.steps = steps;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(MAX_REQUEST_SECONDS))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    Answer send(String method, String path, String jsonBody, Map<String, String> headers) {
        String described = method + " " + path;
        Duration wait = min(steps.remaining(), Duration.ofSeconds(MAX_REQUEST_SECONDS));
        if (wait.isZero()) {
            throw new StepFailed(described + " not sent: the time limit was used up");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(wait)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(described, response.statusCode(), response);
        } catch (HttpTimeoutException timedOut) {
            throw new StepFailed(described + " got no answer within " + wait.toMillis() + " ms");
        } catch (ConnectException refused) {
            throw new StepFailed(described + ": cannot connect to " + base + " (" + refused + ")");
        } catch (IOException broken) {
            throw new StepFailed(described + ": " + broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StepFailed(described + ": interrupted");
        }
    }

    URI base() {
        return base;
    }

    static String shortened(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
