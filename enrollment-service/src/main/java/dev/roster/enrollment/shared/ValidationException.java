package dev.roster.enrollment.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command refused because some of its fields are invalid; carries every invalid field, not just
 * the first, so a client can fix them all at once. Always {@link Kind#INVALID_INPUT} with the code
 * {@value #CODE}; the problem lists {@link #errors()} as its {@code errors[]} (pointer and detail).
 */
public class ValidationException extends DomainException {

    public static final String CODE = "validation_failed";

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(Kind.INVALID_INPUT, CODE, describe(errors));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String detail) {
        this(List.of(new FieldError(field, detail)));
    }

    /** Throws when there is anything to report; commands collect their errors, then call this. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The invalid fields, in the order they were found. Never empty. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> problemProperties() {
        return Map.of("errors", errors.stream()
                .map(error -> Map.of("pointer", error.field(), "detail", error.detail()))
                .toList());
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        return "The request has invalid fields: " + errors.stream()
                .map(error -> error.field() + " " + error.detail())
                .collect(Collectors.joining("; "));
    }
}
