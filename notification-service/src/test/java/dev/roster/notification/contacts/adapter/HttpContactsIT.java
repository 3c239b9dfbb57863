package dev.roster.notification.contacts.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerPath;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.unavailable;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.unknownLearner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

/** The contacts adapter against WireMock standing in for enrollment-service. */
@Guards(Risk.SLOW_OR_UNAVAILABLE_DEPENDENCY)
class HttpContactsIT {

    @RegisterExtension
    static final WireMockExtension enrollmentService = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    private static final String TOKEN = "test-token-1234";
    private static final int ATTEMPTS = 3;

    private final UUID learnerId = UUID.randomUUID();
    // Generous for every answer that is meant to arrive: a cold CI machine once took over 500 ms for
    // the first request, so the adapter retried and the test saw two requests where one was asked.
    private static final Duration PATIENT = Duration.ofSeconds(10);
    private static final Duration IMPATIENT = Duration.ofMillis(300);

    private final HttpContacts contacts = contactsAt(URI.create(enrollmentService.baseUrl()), PATIENT);

    @AfterEach
    void close() {
        contacts.close();
    }

    @Test
    @Guards(Risk.API_DRIFT)
    void readsTheContactWithTheServiceToken() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, "ada@example.com",
                "Ada")));

        assertThat(contacts.contactOf(learnerId)).contains(new Contact("ada@example.com", "Ada"));
        enrollmentService.verify(1, getRequestedFor(urlPathEqualTo(learnerPath(learnerId)))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void findsNobodyForAnUnknownLearner() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(unknownLearner()));

        assertThat(contacts.contactOf(learnerId)).isEmpty();
        enrollmentService.verify(1, getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
    }

    @Test
    void triesAgainAtOnceAfterA503() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(unavailable()).willSetStateTo("recovered"));
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(learner(learnerId, "ada@example.com", "Ada")));

        assertThat(contacts.contactOf(learnerId)).isPresent();
        enrollmentService.verify(2, getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
    }

    @Test
    void isTemporarilyUnavailableAfterEveryAttemptFailed() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(unavailable()));

        assertThatExceptionOfType(TemporarilyUnavailableException.class)
                .isThrownBy(() -> contacts.contactOf(learnerId))
                .withMessageContaining("HTTP 503");
        enrollmentService.verify(ATTEMPTS, getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
    }

    @Test
    void isTemporarilyUnavailableWhenNothingListens() throws IOException {
        URI nobody;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (HttpContacts unreachable = contactsAt(nobody, PATIENT)) {
            assertThatExceptionOfType(TemporarilyUnavailableException.class)
                    .isThrownBy(() -> unreachable.contactOf(learnerId))
                    .withMessageContaining("ConnectException");
        }
    }

    @Test
    void isTemporarilyUnavailableWhenTooSlow() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN)
                .willReturn(learner(learnerId, "ada@example.com", "Ada").withFixedDelay(3_000)));

        try (HttpContacts impatient = contactsAt(URI.create(enrollmentService.baseUrl()), IMPATIENT)) {
            assertThatExceptionOfType(TemporarilyUnavailableException.class)
                    .isThrownBy(() -> impatient.contactOf(learnerId));
        }
    }

    @Test
    void isTemporarilyUnavailableWithoutQuickRetriesWhenTheTokenIsRefused() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(aResponse().withStatus(401)));

        assertThatExceptionOfType(TemporarilyUnavailableException.class)
                .isThrownBy(() -> contacts.contactOf(learnerId))
                .withMessageContaining("service token");
        enrollmentService.verify(1, getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
    }

    @Test
    void failsOnAnAnswerItCannotUnderstand() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(aResponse().withStatus(400)));

        assertThatIllegalStateException().isThrownBy(() -> contacts.contactOf(learnerId))
                .withMessageContaining("HTTP 400");
    }

    @Test
    @Guards(Risk.API_DRIFT)
    void failsOnALearnerWithoutAnEmail() {
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + learnerId + "\"}")));

        assertThatIllegalStateException().isThrownBy(() -> contacts.contactOf(learnerId))
                .withMessageContaining("without an email");
    }

    private static HttpContacts contactsAt(URI baseUrl, Duration timeout) {
        return new HttpContacts(RestClient.builder(), baseUrl, TOKEN, timeout, timeout, ATTEMPTS,
                Duration.ofMillis(10));
    }
}
