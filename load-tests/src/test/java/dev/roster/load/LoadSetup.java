package dev.roster.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares a load run through the public API, as a person would: the administrator opens courses,
 * learners sign up and log in. Only loopback addresses are ever used.
 */
final class LoadSetup {

    record Prepared(List<String> courseIds, List<String> learnerTokens) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    LoadSetup(String baseUrl) {
        this.base = URI.create(baseUrl);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("load tests only target this machine's loopback, not " + base.getHost());
        }
    }

    Prepared prepare(String adminEmail, String adminPassword, int courses, int capacity, int learners) {
        String admin = logIn(adminEmail, adminPassword);
        List<String> courseIds = new ArrayList<>();
        // not a clock the test judges by: a run id, so courses and learners of repeated runs against one
        // long-lived service never collide on their unique codes and emails
        long run = System.currentTimeMillis();
        for (int i = 0; i < courses; i++) {
            String body = """
                    {"code":"LOAD-%d-%d","title":"Load course %d","price":{"amount":"49.00","currency":"EUR"},
                     "capacity":%d,"startsAt":"2030-01-01T09:00:00Z","status":"OPEN"}""".formatted(run % 100000, i, i, capacity);
            courseIds.add(JSON.readTree(send("POST", "/api/v1/admin/courses", admin, body, 201)).get("id").asString());
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            String email = "load-" + run + "-" + i + "@example.com";
            send("POST", "/api/v1/learners", null,
                    "{\"email\":\"%s\",\"name\":\"Load %d\",\"password\":\"Load-Learner-2026\"}".formatted(email, i), 201);
            tokens.add(logIn(email, "Load-Learner-2026"));
        }
        return new Prepared(courseIds, tokens);
    }

    private String logIn(String email, String password) {
        String body = send("POST", "/api/v1/sessions", null,
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password), 201);
        return JSON.readTree(body).get("token").asString();
    }

    private String send(String method, String path, String token, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
