package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Object-level authorization of learner records: only the owner, or the trusted service. */
@ServiceIT
@Guards(Risk.CROSS_LEARNER_READ)
class LearnerAuthorizationIT {

    @Value("${local.server.port}")
    int port;

    Api api;
    RestTestClient http;

    @BeforeEach
    void freshService() {
        TestDatabase.emptied();
        api = new Api(port);
        http = api.http();
    }

    @Test
    void showsALearnerTheirOwnRecord() {
        String adaId = api.signUp("ada@example.com");
        String ada = api.logIn("ada@example.com", Api.PASSWORD);

        http.get().uri("/api/v1/learners/{id}", adaId).header("Authorization", "Bearer " + ada).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(adaId);
    }

    @Test
    void answersAnotherLearnersRecordAs404LikeAnUnknownId() {
        String ada = api.learnerToken("ada@example.com");
        String bobId = api.signUp("bob@example.com");

        http.get().uri("/api/v1/learners/{id}", bobId).header("Authorization", "Bearer " + ada).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("learner_not_found");
        http.get().uri("/api/v1/learners/{id}", UUID.randomUUID()).header("Authorization", "Bearer " + ada).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("learner_not_found");
    }

    @Test
    void letsTheServiceCredentialReadAnyLearnersContact() {
        String bobId = api.signUp("bob@example.com");

        http.get().uri("/api/v1/learners/{id}", bobId).header("Authorization", "Bearer " + ServiceIT.SERVICE_TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.email").isEqualTo("bob@example.com");
    }

    @Test
    void refusesAnonymousReadsOfLearners() {
        String bobId = api.signUp("bob@example.com");

        http.get().uri("/api/v1/learners/{id}", bobId).exchange()
                .expectStatus().isUnauthorized();
    }
}
