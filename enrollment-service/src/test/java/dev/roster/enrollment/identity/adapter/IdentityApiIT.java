package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.Api;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.ServiceTestConfiguration;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceIT
@Guards(Risk.WRONG_STATUS_OR_SHAPE)
class IdentityApiIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    MutableClock clock;

    Api api;
    RestTestClient http;

    @BeforeEach
    void freshService() {
        TestDatabase.emptied();
        clock.setInstant(ServiceTestConfiguration.START);
        api = new Api(port);
        http = api.http();
    }

    @Test
    void signsUpALearnerWithoutEverShowingThePassword() {
        byte[] body = http.post().uri("/api/v1/learners").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "  Ada@Example.com ", "name", "Ada", "password", Api.PASSWORD))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/learners/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.email").isEqualTo("ada@example.com")
                .jsonPath("$.name").isEqualTo("Ada")
                .jsonPath("$.member").isEqualTo(false)
                .jsonPath("$.createdAt").isEqualTo("2026-11-21T10:00:00Z")
                .returnResult().getResponseBodyContent();
        assertThat(Api.json(body).propertyNames()).containsExactlyInAnyOrder("id", "email", "name", "member", "createdAt");
        assertThat(new String(body)).doesNotContain(Api.PASSWORD).doesNotContainIgnoringCase("argon");
    }

    @Test
    void refusesATakenEmailWith409() {
        api.signUp("ada@example.com");

        http.post().uri("/api/v1/learners").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "ADA@example.com", "name", "Ada", "password", Api.PASSWORD))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("email_taken");
    }

    @Test
    void reportsEachPasswordProblemAsAFieldError() {
        http.post().uri("/api/v1/learners").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "ada@example.com", "name", "Ada", "password", "short"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation_failed")
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[0].pointer").isEqualTo("/password")
                .jsonPath("$.errors[1].pointer").isEqualTo("/password")
                .jsonPath("$.errors[2].pointer").isEqualTo("/password");
    }

    @Test
    void refusesPropertiesThatWouldSetPrivilegesByMassAssignment() {
        http.post().uri("/api/v1/learners").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "ada@example.com", "name", "Ada", "password", Api.PASSWORD, "member", true))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("unknown_property")
                .jsonPath("$.errors[0].pointer").isEqualTo("/member");
    }

    @Test
    void answersMalformedJsonWith400() {
        http.post().uri("/api/v1/learners").contentType(MediaType.APPLICATION_JSON)
                .body("{\"email\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("malformed_json");
    }

    @Test
    void answersAnOversizedBodyWith413() {
        http.post().uri("/api/v1/learners").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "ada@example.com", "name", "A".repeat(20_000), "password", Api.PASSWORD))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("payload_too_large");
    }

    @Test
    void logsInWithATokenThatExpiresInOneHour() {
        api.signUp("ada@example.com");

        http.post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "ada@example.com", "password", Api.PASSWORD))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody()
                .jsonPath("$.token").value(token -> assertThat((String) token).matches("[A-Za-z0-9_-]{43}"))
                .jsonPath("$.expiresAt").isEqualTo("2026-11-21T11:00:00Z");
    }

    @Test
    void answersAWrongPasswordAndAnUnknownEmailWithTheSame401() {
        api.signUp("ada@example.com");

        byte[] wrongPassword = failedLogIn("ada@example.com", "Wrong-Pass-1");
        byte[] unknownEmail = failedLogIn("nobody@example.com", Api.PASSWORD);

        assertThat(Api.json(wrongPassword)).isEqualTo(Api.json(unknownEmail));
        assertThat(Api.json(wrongPassword).get("code").asString()).isEqualTo("invalid_credentials");
    }

    @Test
    @Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
    void readsYourselfWithAValidTokenOnly() {
        String token = api.learnerToken("ada@example.com");

        http.get().uri("/api/v1/learners/me").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("ada@example.com");
        http.get().uri("/api/v1/learners/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
        http.get().uri("/api/v1/learners/me").header("Authorization", "Bearer not-a-real-token").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    @Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
    void refusesAnExpiredToken() {
        String token = api.learnerToken("ada@example.com");

        clock.advance(Duration.ofHours(1));

        http.get().uri("/api/v1/learners/me").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    @Test
    @Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
    void refusesATokenAfterLogOut() {
        String token = api.learnerToken("ada@example.com");

        http.delete().uri("/api/v1/sessions/current").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNoContent();

        http.get().uri("/api/v1/learners/me").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void throttlesAnAccountAfterFiveFailuresWithRetryAfter() {
        api.signUp("ada@example.com");
        for (int i = 0; i < 5; i++) {
            failedLogIn("ada@example.com", "Wrong-Pass-1");
        }

        http.post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "ada@example.com", "password", Api.PASSWORD))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "900")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("too_many_login_attempts");

        clock.advance(Duration.ofMinutes(15));

        assertThat(api.logIn("ada@example.com", Api.PASSWORD)).isNotBlank();
    }

    private byte[] failedLogIn(String email, String password) {
        return http.post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "password", password))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().returnResult().getResponseBodyContent();
    }
}
