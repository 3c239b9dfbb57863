package dev.roster.enrollment.shared;

import java.util.List;
import java.util.Optional;

/**
 * The one rule for which characters any text Roster accepts may contain, whatever the field.
 *
 * <p>Refused everywhere: control characters (Unicode category Cc: U+0000-U+001F and
 * U+007F-U+009F; NUL cannot even be stored by PostgreSQL) and unpaired UTF-16 surrogates (not text
 * at all: encoding one to UTF-8 silently turns it into {@code ?}, so {@code x\ud800@example.com}
 * and {@code x?@example.com} would become one account). Multi-line text (a description) may also
 * hold tab, line feed and carriage return; single-line text (names, codes, titles) may not.
 *
 * <p>The web layer applies {@link #problemWith(String, boolean) the multi-line form} to every string
 * it decodes, so no endpoint can forget it; commands apply the stricter form per field.
 */
public final class Text {

    public static final String CONTROL_CHARACTER = "must not contain control characters";
    public static final String UNPAIRED_SURROGATE = "must not contain unpaired UTF-16 surrogates";

    private Text() {
    }

    /** Why the text is refused, or empty when every character is allowed (null text is for the caller to judge). */
    public static Optional<String> problemWith(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(UNPAIRED_SURROGATE);
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && isLineLayout(c))) {
                return Optional.of(CONTROL_CHARACTER);
            }
        }
        return Optional.empty();
    }

    private static boolean isLineLayout(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** Adds an error on {@code field} when single-line {@code text} holds a character it may not. */
    public static void checkLine(String field, String text, List<FieldError> errors) {
        problemWith(text, false).ifPresent(problem -> errors.add(new FieldError(field, problem)));
    }

    /** Adds an error on {@code field} when multi-line {@code text} holds a character it may not. */
    public static void checkMultiLine(String field, String text, List<FieldError> errors) {
        problemWith(text, true).ifPresent(problem -> errors.add(new FieldError(field, problem)));
    }
}
