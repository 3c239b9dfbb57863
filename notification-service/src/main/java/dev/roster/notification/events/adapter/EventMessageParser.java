package dev.roster.notification.events.adapter;

import dev.roster.notification.delivery.domain.EnrollmentEvent;
import dev.roster.notification.delivery.domain.EventType;
import dev.roster.notification.events.adapter.ParsedMessage.Accepted;
import dev.roster.notification.events.adapter.ParsedMessage.Problem;
import dev.roster.notification.events.adapter.ParsedMessage.Rejected;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of an enrollment event message (schema version 1, see the module README and the
 * message pacts in {@code contracts/pacts}). Strict about what the email needs (every field present,
 * of its type, with a known {@code type} and {@code schemaVersion} 1), tolerant of fields it does not
 * know, so the producer may add some without breaking this consumer.
 */
public final class EventMessageParser {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final JsonMapper json = JsonMapper.builder().build();

    public ParsedMessage parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return new Rejected(Problem.NOT_JSON, "the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            return new Rejected(Problem.NOT_JSON, "the body is not a JSON object");
        }
        try {
            return new Accepted(eventOf(root));
        } catch (Invalid invalid) {
            return invalid.rejected;
        }
    }

    private static EnrollmentEvent eventOf(JsonNode root) {
        // The version first: a message of another version may have other fields altogether.
        JsonNode version = field(root, "schemaVersion");
        if (!version.isIntegralNumber()) {
            throw invalid(Problem.INVALID_FIELD, "schemaVersion is not an integer");
        }
        if (!version.canConvertToInt() || version.intValue() != EnrollmentEvent.SCHEMA_VERSION) {
            throw invalid(Problem.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion " + version.asString()
                    + " is not supported (this consumer reads " + EnrollmentEvent.SCHEMA_VERSION + ")");
        }
        String typeName = text(root, "type");
        EventType type = EventType.fromWireName(typeName)
                .orElseThrow(() -> invalid(Problem.UNKNOWN_TYPE, "unknown type " + abbreviated(typeName)));
        UUID eventId = uuid(root, "eventId");
        Instant occurredAt = instant(root, "occurredAt");
        UUID enrollmentId = uuid(root, "enrollmentId");
        UUID learnerId = uuid(root, "learnerId");
        UUID courseId = uuid(root, "courseId");
        String courseTitle = text(root, "courseTitle");
        if (courseTitle.isBlank()) {
            throw invalid(Problem.INVALID_FIELD, "courseTitle is blank");
        }
        BigDecimal amount = amount(root);
        Currency currency = currency(root);
        return new EnrollmentEvent(eventId, type, occurredAt, enrollmentId, learnerId, courseId, courseTitle,
                amount, currency);
    }

    private static JsonNode field(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            throw invalid(Problem.MISSING_FIELD, "missing field " + name);
        }
        return value;
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = field(root, name);
        if (!value.isString()) {
            throw invalid(Problem.INVALID_FIELD, name + " is not a string");
        }
        return value.stringValue();
    }

    private static UUID uuid(JsonNode root, String name) {
        String value = text(root, name);
        try {
            UUID uuid = UUID.fromString(value);
            // UUID.fromString accepts shortened forms such as "1-2-3-4-5"; the contract says canonical.
            if (!uuid.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("not canonical");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw invalid(Problem.INVALID_FIELD, name + " is not a UUID: " + abbreviated(value));
        }
    }

    private static Instant instant(JsonNode root, String name) {
        String value = text(root, name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(Problem.INVALID_FIELD, name + " is not an ISO-8601 instant: " + abbreviated(value));
        }
    }

    private static BigDecimal amount(JsonNode root) {
        String value = text(root, "amount");
        if (!DECIMAL.matcher(value).matches()) {
            throw invalid(Problem.INVALID_FIELD, "amount is not a decimal string: " + abbreviated(value));
        }
        return new BigDecimal(value);
    }

    private static Currency currency(JsonNode root) {
        String value = text(root, "currency");
        Optional<Currency> currency = Optional.empty();
        if (CURRENCY.matcher(value).matches()) {
            try {
                currency = Optional.of(Currency.getInstance(value));
            } catch (IllegalArgumentException e) {
                // not an ISO 4217 code; reported below
            }
        }
        return currency.orElseThrow(() -> invalid(Problem.INVALID_FIELD,
                "currency is not an ISO 4217 code: " + abbreviated(value)));
    }

    /** Values from a message end up in a log line: keep them short. */
    private static String abbreviated(String value) {
        return value.length() <= 60 ? "'" + value + "'" : "'" + value.substring(0, 60) + "...'";
    }

    private static Invalid invalid(Problem problem, String detail) {
        return new Invalid(new Rejected(problem, detail));
    }

    /** Unwinds the parse at the first problem; never leaves this class. */
    private static final class Invalid extends RuntimeException {

        private final transient Rejected rejected;

        Invalid(Rejected rejected) {
            super(rejected.detail(), null, false, false);
            this.rejected = rejected;
        }
    }
}
