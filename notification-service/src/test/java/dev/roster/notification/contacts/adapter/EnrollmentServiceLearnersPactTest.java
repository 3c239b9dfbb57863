package dev.roster.notification.contacts.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.web.client.RestClient;

/**
 * What notification-service needs from enrollment-service's HTTP API, written as a consumer pact to
 * {@code contracts/pacts/notification-service-enrollment-service.json}; enrollment-service's
 * provider test replays it against the real API. Only the fields this service reads are in it.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "enrollment-service", pactVersion = PactSpecVersion.V3)
@Guards(Risk.API_DRIFT)
class EnrollmentServiceLearnersPactTest {

    static final String CONSUMER = "notification-service";
    static final UUID KNOWN_LEARNER = UUID.fromString("0190f0c1-0000-7000-8000-000000000001");
    static final UUID UNKNOWN_LEARNER = UUID.fromString("0190f0c1-0000-7000-8000-0000000000ff");
    /** Any non-empty bearer token; the provider uses its own service token in the verification. */
    static final String BEARER_TOKEN = "Bearer [A-Za-z0-9._~+/=-]+";
    static final String EXAMPLE_TOKEN = "local-notification-service-token";

    @Pact(consumer = CONSUMER)
    RequestResponsePact aLearnersContact(PactDslWithProvider builder) {
        return builder
                .given("a learner with id " + KNOWN_LEARNER + " exists")
                .uponReceiving("a request for a learner's contact with the service token")
                .method("GET")
                .path("/api/v1/learners/" + KNOWN_LEARNER)
                .matchHeader("Authorization", BEARER_TOKEN, "Bearer " + EXAMPLE_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringType("email", "ada@example.com")
                        .stringType("name", "Ada"))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact anUnknownLearner(PactDslWithProvider builder) {
        return builder
                .given("no learner with id " + UNKNOWN_LEARNER + " exists")
                .uponReceiving("a request for the contact of a learner nobody knows")
                .method("GET")
                .path("/api/v1/learners/" + UNKNOWN_LEARNER)
                .matchHeader("Authorization", BEARER_TOKEN, "Bearer " + EXAMPLE_TOKEN)
                .willRespondWith()
                .status(404)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "aLearnersContact")
    void readsTheContactOfAKnownLearner(MockServer enrollmentService) {
        try (HttpContacts contacts = contactsAt(enrollmentService)) {
            assertThat(contacts.contactOf(KNOWN_LEARNER)).contains(new Contact("ada@example.com", "Ada"));
        }
    }

    @Test
    @PactTestFor(pactMethod = "anUnknownLearner")
    void findsNobodyForAnUnknownLearner(MockServer enrollmentService) {
        try (HttpContacts contacts = contactsAt(enrollmentService)) {
            assertThat(contacts.contactOf(UNKNOWN_LEARNER)).isEmpty();
        }
    }

    private static HttpContacts contactsAt(MockServer enrollmentService) {
        return new HttpContacts(RestClient.builder(), URI.create(enrollmentService.getUrl()), EXAMPLE_TOKEN,
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10));
    }
}
