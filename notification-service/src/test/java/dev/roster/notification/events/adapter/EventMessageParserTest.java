package dev.roster.notification.events.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.notification.delivery.domain.EnrollmentEvent;
import dev.roster.notification.delivery.domain.EventType;
import dev.roster.notification.events.EventMessages;
import dev.roster.notification.events.adapter.ParsedMessage.Accepted;
import dev.roster.notification.events.adapter.ParsedMessage.Problem;
import dev.roster.notification.events.adapter.ParsedMessage.Rejected;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Guards(Risk.EVENT_SCHEMA_DRIFT)
class EventMessageParserTest {

    private final EventMessageParser parser = new EventMessageParser();

    @Test
    void readsAConfirmedEventAsEnrollmentServiceWritesIt() {
        UUID eventId = UUID.fromString("0190f0c1-0000-7000-8000-0000000000e1");
        UUID learnerId = UUID.fromString("0190f0c1-0000-7000-8000-000000000001");
        String body = """
                {"eventId":"0190f0c1-0000-7000-8000-0000000000e1","type":"EnrollmentConfirmed","schemaVersion":1,\
                "occurredAt":"2026-11-21T10:00:00Z","enrollmentId":"0190f0c1-0000-7000-8000-0000000000a1",\
                "learnerId":"0190f0c1-0000-7000-8000-000000000001","courseId":"0190f0c1-0000-7000-8000-0000000000c1",\
                "courseTitle":"PostgreSQL for application developers","amount":"129.00","currency":"EUR"}""";

        EnrollmentEvent event = accepted(body.getBytes(StandardCharsets.UTF_8));

        assertThat(event).isEqualTo(new EnrollmentEvent(eventId, EventType.CONFIRMED,
                Instant.parse("2026-11-21T10:00:00Z"), UUID.fromString("0190f0c1-0000-7000-8000-0000000000a1"),
                learnerId, UUID.fromString("0190f0c1-0000-7000-8000-0000000000c1"),
                "PostgreSQL for application developers", new BigDecimal("129.00"), Currency.getInstance("EUR")));
        assertThat(event.formattedAmount()).isEqualTo("129.00 EUR");
    }

    @Test
    void readsACancelledEvent() {
        EventMessages message = EventMessages.cancelled();

        EnrollmentEvent event = accepted(message.bytes());

        assertThat(event.type()).isEqualTo(EventType.CANCELLED);
        assertThat(event.eventId()).isEqualTo(message.eventId());
    }

    @Test
    void toleratesFieldsItDoesNotKnow() {
        EventMessages message = EventMessages.confirmed().with("couponCode", "SPRING").with("seats", 1);

        assertThat(accepted(message.bytes()).eventId()).isEqualTo(message.eventId());
    }

    static Stream<Arguments> messagesNoAttemptCanDeliver() {
        return Stream.of(
                rejects("bad JSON", "{\"eventId\":", Problem.NOT_JSON, "not JSON"),
                rejects("empty body", "", Problem.NOT_JSON, "not"),
                rejects("a JSON array", "[1,2]", Problem.NOT_JSON, "not a JSON object"),
                rejects("unknown type", EventMessages.confirmed().with("type", "EnrollmentPaused").json(),
                        Problem.UNKNOWN_TYPE, "unknown type 'EnrollmentPaused'"),
                rejects("schemaVersion 2", EventMessages.confirmed().with("schemaVersion", 2).json(),
                        Problem.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion 2 is not supported"),
                rejects("schemaVersion as a string", EventMessages.confirmed().with("schemaVersion", "1").json(),
                        Problem.INVALID_FIELD, "schemaVersion is not an integer"),
                rejects("missing schemaVersion", EventMessages.confirmed().without("schemaVersion").json(),
                        Problem.MISSING_FIELD, "missing field schemaVersion"),
                rejects("missing eventId", EventMessages.confirmed().without("eventId").json(),
                        Problem.MISSING_FIELD, "missing field eventId"),
                rejects("missing learnerId", EventMessages.confirmed().without("learnerId").json(),
                        Problem.MISSING_FIELD, "missing field learnerId"),
                rejects("null courseTitle", EventMessages.confirmed().with("courseTitle", null).json(),
                        Problem.MISSING_FIELD, "missing field courseTitle"),
                rejects("missing amount", EventMessages.confirmed().without("amount").json(),
                        Problem.MISSING_FIELD, "missing field amount"),
                rejects("missing currency", EventMessages.confirmed().without("currency").json(),
                        Problem.MISSING_FIELD, "missing field currency"),
                rejects("eventId not a UUID", EventMessages.confirmed().with("eventId", "42").json(),
                        Problem.INVALID_FIELD, "eventId is not a UUID"),
                rejects("learnerId a number", EventMessages.confirmed().with("learnerId", 7).json(),
                        Problem.INVALID_FIELD, "learnerId is not a string"),
                rejects("occurredAt without zone", EventMessages.confirmed().with("occurredAt", "2026-11-21T10:00:00")
                        .json(), Problem.INVALID_FIELD, "occurredAt is not an ISO-8601 instant"),
                rejects("amount as a number", EventMessages.confirmed().with("amount", 129.00).json(),
                        Problem.INVALID_FIELD, "amount is not a string"),
                rejects("negative amount", EventMessages.confirmed().with("amount", "-1.00").json(),
                        Problem.INVALID_FIELD, "amount is not a decimal string"),
                rejects("lower-case currency", EventMessages.confirmed().with("currency", "eur").json(),
                        Problem.INVALID_FIELD, "currency is not an ISO 4217 code"),
                rejects("unknown currency", EventMessages.confirmed().with("currency", "XYZ").json(),
                        Problem.INVALID_FIELD, "currency is not an ISO 4217 code"),
                rejects("blank course title", EventMessages.confirmed().with("courseTitle", " ").json(),
                        Problem.INVALID_FIELD, "courseTitle is blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messagesNoAttemptCanDeliver")
    void rejectsMessagesNoAttemptCanDeliver(String name, String body, Problem problem, String detail) {
        ParsedMessage parsed = parser.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) parsed;
        assertThat(rejected.problem()).isEqualTo(problem);
        assertThat(rejected.detail()).contains(detail);
    }

    @Test
    void keepsLongValuesOutOfTheLogLine() {
        String longType = "X".repeat(500);

        Rejected rejected = (Rejected) parser.parse(EventMessages.confirmed().with("type", longType).bytes());

        assertThat(rejected.detail()).hasSizeLessThan(100);
    }

    private EnrollmentEvent accepted(byte[] body) {
        ParsedMessage parsed = parser.parse(body);
        assertThat(parsed).isInstanceOf(Accepted.class);
        return ((Accepted) parsed).event();
    }

    private static Arguments rejects(String name, String body, Problem problem, String detail) {
        return Arguments.of(name, body, problem, detail);
    }
}
