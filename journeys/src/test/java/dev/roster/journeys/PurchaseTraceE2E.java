package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One trace id ties a purchase to its email across the running jars ({@link RosterSystem}): the purchase is
 * made inside a trace of the caller's (its W3C {@code traceparent}), and that trace id shows in
 * enrollment-service's log line about the charge and in notification-service's log line about the email,
 * though the event between them waited in the outbox and crossed RabbitMQ.
 */
@Guards(Risk.TRACE_BROKEN)
@ExtendWith(RunningRoster.class)
class PurchaseTraceE2E {

    /** A trace id of this journey's own: no other journey's log line can carry it. */
    private static final String TRACE_ID = "7e3ace1e0000400080000000000000e2";

    @Test
    void oneTraceIdTiesAPurchaseToItsEmailInTheLogsOfBothServices(RosterSystem system) throws Exception {
        Api api = new Api(system.url());
        String courseId = api.openCourse("TRACE-101", "Following one purchase", "80.00", 5);
        String email = "traced-" + UUID.randomUUID() + "@example.com";
        api.send("POST", "/api/v1/learners", null,
                "{\"email\":\"" + email + "\",\"name\":\"Grace\",\"password\":\"Correct-Horse-9\"}", 201);
        String token = api.token(email, "Correct-Horse-9");

        api.send("POST", "/api/v1/enrollments", token,
                "{\"courseId\":\"" + courseId + "\",\"paymentToken\":\"tok_visa\"}", 201, "traced-purchase",
                Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));

        Awaitility.await("the confirmation email").atMost(Duration.ofSeconds(60))
                .until(() -> system.mailTo(email).size() == 1);
        assertThat(linesWithTheTrace(system.enrollmentLog()))
                .anySatisfy(line -> assertThat(line).contains("Payment provider charge"));
        // the line is written right after the email went out, so it may still be on its way to the file
        Awaitility.await("notification-service's log line about the email").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(linesWithTheTrace(system.notificationLog()))
                        .anySatisfy(line -> assertThat(line).contains("Sent the EnrollmentConfirmed email")));
    }

    private static List<String> linesWithTheTrace(List<String> log) {
        return log.stream().filter(line -> line.contains(TRACE_ID)).toList();
    }
}
