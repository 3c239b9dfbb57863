package dev.roster.enrollment.web.input;

import dev.roster.enrollment.shared.Text;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every string of every request body passes {@link Text}'s rule (multi-line form: tabs and line
 * breaks are for each field's own rule to judge). Jackson decodes {@code \u0000} and lone
 * {@code \ud800} escapes (and overlong UTF-8 such as {@code C0 80}) into Java strings; they stop
 * here, with the JSON path of the field, before any command or PostgreSQL sees them.
 */
final class GuardedStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        var problem = Text.problemWith(text, true);
        if (problem.isPresent()) {
            throw new UnacceptableTextException(parser, problem.get());
        }
        return text;
    }
}
