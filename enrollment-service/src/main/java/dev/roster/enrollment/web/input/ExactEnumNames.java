package dev.roster.enrollment.web.input;

import dev.roster.enrollment.shared.Text;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * An enum in a request body is its exact name. Jackson retries an unknown name trimmed, and
 * {@code String.trim} drops every character up to U+0020, so {@code "CLOSED\u0000"} and
 * {@code " CLOSED"} closed a course (found by attacking the running service). The text passes
 * {@link Text}'s rule and must carry no surrounding space before Jackson looks the name up.
 */
final class ExactEnumNames extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                       BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
        return new Guarded(deserializer);
    }

    private static final class Guarded extends DelegatingDeserializer {

        Guarded(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Guarded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                var problem = Text.problemWith(text, false);
                if (problem.isPresent()) {
                    throw new UnacceptableTextException(parser, problem.get());
                }
                if (!text.equals(text.strip())) {
                    throw new UnacceptableTextException(parser, "must not start or end with spaces");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
