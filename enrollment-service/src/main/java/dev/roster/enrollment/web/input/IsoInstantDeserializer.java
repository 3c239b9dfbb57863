package dev.roster.enrollment.web.input;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * An instant is an ISO-8601 string with a zone ({@code 2027-01-10T09:00:00Z} or
 * {@code 2027-01-10T10:00:00+01:00}) and nothing else: Jackson's own deserializer also reads numbers
 * and numeric strings as seconds since 1970, so {@code 1e308} and {@code "5"} became 1970 dates.
 * Whether the instant lies in the range Roster stores is the command's rule.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    /** Longer than any ISO instant Java can hold (e.g. +1000000000-12-31T23:59:59.999999999+18:00). */
    private static final int MAX_LENGTH = 40;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getString().strip();
        if (text.length() <= MAX_LENGTH) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                // refused below, like an overlong one
            }
        }
        return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
    }
}
