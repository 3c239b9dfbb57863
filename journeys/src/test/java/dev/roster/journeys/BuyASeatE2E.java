package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The critical journey across the real running jars ({@link RosterSystem}), over the API: a learner
 * signs up, logs in, browses, gets a quote, buys a seat, and receives exactly one confirmation email.
 */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
@ExtendWith(RunningRoster.class)
class BuyASeatE2E {

    private static RosterSystem system;
    private static Api api;

    @BeforeAll
    static void startTheSystem(RosterSystem running) {
        system = running;
        api = new Api(running.url());
    }

    @Test
    void aLearnerBuysASeatAndGetsExactlyOneConfirmationEmail() throws Exception {
        String admin = api.adminToken();
        String courseId = api.send("POST", "/api/v1/admin/courses", admin, """
                {"code":"E2E-101","title":"Testing journeys end to end","price":{"amount":"120.00","currency":"EUR"},
                 "capacity":5,"startsAt":"2030-01-01T09:00:00Z","status":"OPEN"}""", 201).get("id").asString();
        api.send("POST", "/api/v1/learners", null,
                "{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"password\":\"Correct-Horse-9\"}", 201);
        String ada = api.token("ada@example.com", "Correct-Horse-9");

        JsonNode catalog = api.send("GET", "/api/v1/courses?size=100", null, null, 200);
        assertThat(catalog.get("items").valueStream().map(c -> c.get("id").asString())).contains(courseId);
        JsonNode quote = api.send("GET", "/api/v1/courses/" + courseId + "/quote", ada, null, 200);
        assertThat(quote.get("total").get("amount").asString()).isEqualTo("109.00");
        assertThat(quote.get("total").get("currency").asString()).isEqualTo("EUR");

        JsonNode enrollmentBody = api.send("POST", "/api/v1/enrollments", ada,
                "{\"courseId\":\"" + courseId + "\",\"paymentToken\":\"tok_visa\"}", 201, "journey-purchase-1");
        assertThat(enrollmentBody.get("status").asString()).isEqualTo("CONFIRMED");

        Awaitility.await("the confirmation email").atMost(Duration.ofSeconds(60))
                .until(() -> system.mailTo("ada@example.com").size() == 1);
        // and no second one follows, however the broker redelivers
        Awaitility.await("exactly one email").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> system.mailTo("ada@example.com").size() == 1);
        MimeMessage mail = system.mailTo("ada@example.com").getFirst();
        assertThat(mail.getSubject()).contains("Testing journeys end to end");

        PurchaseInvariants.assertHold(system.enrollmentDatabase().dataSource(),
                SandboxCharges.fetch(URI.create(system.sandboxUrl()), RosterSystem.SANDBOX_KEY));
    }
}
