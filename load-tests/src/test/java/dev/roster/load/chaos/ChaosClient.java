package dev.roster.load.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One learner buying and cancelling seats for the length of a chaos run, as a careful real client would: a fresh
 * Idempotency-Key per purchase, and when no answer comes (refused, reset, timed out) or a 5xx does, the same
 * request again with the same key, on the other instance, after a pause. Now and then a purchase that got its
 * final answer is sent once more with its key (a replay) and some confirmed seats are cancelled. Every request
 * and what came back goes to the history; the choices come from the client's own seeded random.
 */
final class ChaosClient implements Runnable {

    /** How long one operation is retried before the client gives up on it (reported as unresolved). */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int id;
    private final String token;
    private final List<URI> instances;
    private final List<String> courses;
    private final TokenMix tokens;
    private final long endsAt;
    private final Random random;
    private final Consumer<Attempt> history;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ChaosClient(int id, String token, List<URI> instances, List<String> courses, TokenMix tokens, long endsAt,
                long seed, Consumer<Attempt> history) {
        this.id = id;
        this.token = token;
        this.instances = instances;
        this.courses = courses;
        this.tokens = tokens;
        this.endsAt = endsAt;
        this.random = new Random(seed);
        this.history = history;
    }

    @Override
    public void run() {
        while (System.currentTimeMillis() < endsAt) {
            String course = courses.get(random.nextInt(courses.size()));
            String key = new UUID(random.nextLong(), random.nextLong()).toString();
            String paymentToken = tokens.pick(random);
            String body = "{\"courseId\":\"%s\",\"paymentToken\":\"%s\"}".formatted(course, paymentToken);
            Attempt outcome = untilFinal("purchase", key, paymentToken, "/api/v1/enrollments", body);
            if (outcome == null) {
                continue;
            }
            if (outcome.status() != 409 && random.nextInt(100) < 10) {
                // 201, 202 and 402 are stored with the key; a refusal is not, and a replay of it may rightly buy
                untilFinal("replay", key, paymentToken, "/api/v1/enrollments", body);
            }
            if (outcome.status() == 201 && outcome.enrollment() != null && random.nextInt(100) < 15) {
                untilFinal("cancel", key, null, "/api/v1/enrollments/" + outcome.enrollment() + "/cancel", null);
            }
        }
    }

    /** Sends until a final answer or {@link #GIVE_UP_AFTER}; the final attempt, or null when none came. */
    private Attempt untilFinal(String op, String key, String paymentToken, String path, String body) {
        long giveUpAt = System.currentTimeMillis() + GIVE_UP_AFTER.toMillis();
        int instance = random.nextInt(instances.size());
        for (int attempt = 1; System.currentTimeMillis() < giveUpAt; attempt++) {
            Attempt sent = send(op, key, paymentToken, attempt, instance, path, body);
            history.accept(sent);
            if (sent.isFinal()) {
                return sent;
            }
            if (!sent.answered() || sent.status() >= 500) {
                instance = (instance + 1) % instances.size();
            }
            pause(Math.min(250L * attempt, 2000L));
        }
        return null;
    }

    private Attempt send(String op, String key, String paymentToken, int attempt, int instance, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instances.get(instance).resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        String enrollment = body == null ? path.split("/")[4] : null;
        long sentAt = System.currentTimeMillis();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = parse(response.body());
            String code = text(answer, "code");
            String named = text(answer, "id") != null ? text(answer, "id") : text(answer, "enrollmentId");
            return new Attempt(id, op, key, attempt, instance, paymentToken, sentAt, System.currentTimeMillis(),
                    response.statusCode(), code, named != null ? named : enrollment, null);
        } catch (HttpTimeoutException e) {
            return noAnswer(op, key, attempt, instance, paymentToken, sentAt, enrollment, "timed out");
        } catch (IOException e) {
            return noAnswer(op, key, attempt, instance, paymentToken, sentAt, enrollment, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Attempt noAnswer(String op, String key, int attempt, int instance, String paymentToken, long sentAt,
                             String enrollment, String error) {
        return new Attempt(id, op, key, attempt, instance, paymentToken, sentAt, System.currentTimeMillis(), 0, null,
                enrollment, error);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
