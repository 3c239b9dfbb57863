package dev.roster.enrollment.web;

import dev.roster.enrollment.web.input.UnacceptableTextException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The problem for a request body Jackson could not turn into a request: an unknown property
 * ({@code unknown_property}), one field with a value of the wrong type, out of range or with
 * unacceptable text ({@code validation_failed}, pointing at the field), or no JSON at all
 * ({@code malformed_json}, including bytes that are not UTF-8).
 */
final class UnreadableBodies {

    private UnreadableBodies() {
    }

    static ProblemDetail problemFor(Throwable e) {
        UnrecognizedPropertyException unknown = causeOf(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "unknown_property",
                    "The request body has a property this endpoint does not accept: " + unknown.getPropertyName());
            problem.setProperty("errors", List.of(error(pointerOf(unknown), "unknown property")));
            return problem;
        }
        JacksonException field = fieldError(e);
        if (field != null) {
            ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "validation_failed",
                    "The request body has invalid fields.");
            problem.setProperty("errors", List.of(error(pointerOf(field), detailOf(field))));
            return problem;
        }
        return Problems.problem(HttpStatus.BAD_REQUEST, "malformed_json",
                "The request body is missing or is not valid JSON in UTF-8.");
    }

    /** An error about one field's value; syntax errors (even inside a field) are no field's fault. */
    private static JacksonException fieldError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                    && (cause instanceof DatabindException || cause instanceof InputCoercionException
                    || cause instanceof StreamConstraintsException)) {
                return jackson;
            }
        }
        return null;
    }

    private static String detailOf(JacksonException e) {
        if (e instanceof UnacceptableTextException text) {
            return text.detail();
        }
        if (e instanceof StreamConstraintsException) {
            return "is longer than this field accepts";
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                : e instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        return expected(type);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number within the field's range";
        } else if (type == String.class) {
            return "must be a string";
        } else if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        } else if (type == Instant.class) {
            return "must be an ISO-8601 instant such as \"2027-01-10T09:00:00Z\"";
        } else if (type == UUID.class) {
            return "must be a UUID";
        } else if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        return "must be a JSON object";
    }

    private static Map<String, String> error(String pointer, String detail) {
        return Map.of("pointer", pointer, "detail", detail);
    }

    private static String pointerOf(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (var reference : e.getPath()) {
            pointer.append('/').append(reference.getPropertyName() != null
                    ? reference.getPropertyName() : Integer.toString(reference.getIndex()));
        }
        return pointer.toString();
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
