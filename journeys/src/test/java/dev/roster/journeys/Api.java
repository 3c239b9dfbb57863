package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as a journey's setup calls it, outside the browser: each call states the status it expects. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String token(String email, String password) throws Exception {
        return send("POST", "/api/v1/sessions", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 201).get("token").asString();
    }

    String adminToken() throws Exception {
        return token(RosterSystem.ADMIN_EMAIL, RosterSystem.ADMIN_PASSWORD);
    }

    JsonNode send(String method, String path, String token, String body, int expected) throws Exception {
        return send(method, path, token, body, expected, null);
    }

    JsonNode send(String method, String path, String token, String body, int expected, String key)
            throws Exception {
        return send(method, path, token, body, expected, key, Map.of());
    }

    /** With more request headers (a W3C {@code traceparent}, say). */
    JsonNode send(String method, String path, String token, String body, int expected, String key,
                  Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** An open course with a price and capacity, created by the administrator; its id. */
    String openCourse(String code, String title, String price, int capacity) throws Exception {
        return send("POST", "/api/v1/admin/courses", adminToken(), """
                {"code":"%s","title":%s,"price":{"amount":"%s","currency":"EUR"},
                 "capacity":%d,"startsAt":"2030-01-01T09:00:00Z","status":"OPEN"}"""
                .formatted(code, JSON.writeValueAsString(title), price, capacity), 201).get("id").asString();
    }

    String coupon(String code, int percentOff) throws Exception {
        send("POST", "/api/v1/admin/coupons", adminToken(), """
                {"code":"%s","percentOff":%d,"validFrom":"2020-01-01T00:00:00Z","validUntil":"2099-01-01T00:00:00Z",
                 "maxRedemptions":100}""".formatted(code, percentOff), 201);
        return code;
    }

    int seatsTaken(String courseId) throws Exception {
        return send("GET", "/api/v1/courses/" + courseId, null, null, 200).get("seatsTaken").asInt();
    }
}
