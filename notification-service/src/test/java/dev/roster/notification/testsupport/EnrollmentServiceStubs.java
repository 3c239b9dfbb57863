package dev.roster.notification.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.UUID;

/** enrollment-service's learner API as WireMock answers it, shaped like its {@code LearnerController}. */
public final class EnrollmentServiceStubs {

    private EnrollmentServiceStubs() {
    }

    public static String learnerPath(UUID learnerId) {
        return "/api/v1/learners/" + learnerId;
    }

    /** The lookup as notification-service must make it: with its service token. */
    public static MappingBuilder learnerLookup(UUID learnerId, String serviceToken) {
        return get(urlPathEqualTo(learnerPath(learnerId)))
                .withHeader("Authorization", equalTo("Bearer " + serviceToken));
    }

    public static ResponseDefinitionBuilder learner(UUID learnerId, String email, String name) {
        return okJson("""
                {"id":"%s","email":"%s","name":"%s","member":false,"createdAt":"2026-11-21T09:00:00Z"}"""
                .formatted(learnerId, email, name));
    }

    public static ResponseDefinitionBuilder unknownLearner() {
        return aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"about:blank","title":"Not Found","status":404,"code":"learner_not_found"}""");
    }

    public static ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withBody("upstream unavailable");
    }
}
