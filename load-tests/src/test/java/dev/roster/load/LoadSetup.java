package dev.roster.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prepares a load run through the public API, as a person would: the administrator opens courses,
 * learners sign up and log in. Only loopback addresses are ever used.
 *
 * <p>Sign-up and log-in each hash a password (Argon2id, deliberately slow), so learners are prepared on
 * a bounded pool ({@code roster.load.setupThreads}, default 8): a thousand of them one after the other
 * would take minutes, while eight at a time keep both cores busy without exhausting the service's heap
 * (each hash holds 19 MiB while it runs).
 */
public final class LoadSetup {

    public record Prepared(List<String> courseIds, List<String> learnerTokens) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int THREADS = Integer.getInteger("roster.load.setupThreads", 8);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public LoadSetup(String baseUrl) {
        this.base = URI.create(baseUrl);
        if (!List.of("localhost", "127.0.0.1", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("load tests only target this machine's loopback, not " + base.getHost());
        }
    }

    public Prepared prepare(String adminEmail, String adminPassword, int courses, int capacity, int learners) {
        long started = System.nanoTime();
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
        List<String> tokens = learners(run, learners);
        System.out.printf("load: setup of %d courses and %d learners took %.1f s (%d threads)%n",
                courses, learners, (System.nanoTime() - started) / 1e9, THREADS);
        return new Prepared(courseIds, tokens);
    }

    /** Signs up and logs in {@code count} learners, THREADS at a time; the tokens in learner order. */
    private List<String> learners(long run, int count) {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<String>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int learner = i;
                pending.add(pool.submit(() -> signUpAndLogIn("load-" + run + "-" + learner + "@example.com", learner)));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> token : pending) {
                tokens.add(token.get());
            }
            return tokens;
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing the learners failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String signUpAndLogIn(String email, int learner) {
        send("POST", "/api/v1/learners", null,
                "{\"email\":\"%s\",\"name\":\"Load %d\",\"password\":\"Load-Learner-2026\"}".formatted(email, learner), 201);
        return logIn(email, "Load-Learner-2026");
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
