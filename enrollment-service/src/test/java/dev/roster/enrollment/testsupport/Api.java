package dev.roster.enrollment.testsupport;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running service for web tests, with the few journeys most tests need first
 * (sign up, log in). Each test makes its own; nothing is shared.
 */
public final class Api {

    public static final String PASSWORD = "Correct-Horse-9";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient http;

    /**
     * Tests talk over the JDK's HTTP client on purpose: with Apache HttpClient on the class path
     * (Pact brings it), Spring would pick it, and its default retry honours Retry-After, so a 429
     * test would silently wait fifteen minutes instead of seeing the 429.
     */
    public Api(int port) {
        this.http = RestTestClient.bindToServer(new org.springframework.http.client.JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build();
    }

    public RestTestClient http() {
        return http;
    }

    /** Signs up a learner and returns their id. */
    public String signUp(String email) {
        byte[] body = http.post().uri("/api/v1/learners").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "name", "Learner " + email, "password", PASSWORD))
                .exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        return JSON.readTree(body).get("id").asString();
    }

    /** Logs in and returns the bearer token. */
    public String logIn(String email, String password) {
        byte[] body = http.post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "password", password))
                .exchange().expectStatus().isCreated()
                .expectBody().returnResult().getResponseBodyContent();
        return JSON.readTree(body).get("token").asString();
    }

    /** Signs up and logs in; returns the token. */
    public String learnerToken(String email) {
        signUp(email);
        return logIn(email, PASSWORD);
    }

    /** Creates an administrator through the same bootstrap the service runs at start, then logs in. */
    public String adminToken(dev.roster.enrollment.identity.application.IdentityService identity) {
        identity.bootstrapAdmin(new dev.roster.enrollment.identity.application.SignUp(
                "admin@example.com", "Administrator", PASSWORD));
        return logIn("admin@example.com", PASSWORD);
    }

    public static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }
}
