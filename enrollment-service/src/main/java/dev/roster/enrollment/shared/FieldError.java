package dev.roster.enrollment.shared;

import java.util.Objects;

/**
 * One invalid field of a command: where it is, as a JSON-pointer-like path into the request
 * ({@code /title}, {@code /price/currency}), and what is wrong with it, in words a client may show.
 */
public record FieldError(String field, String detail) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
        if (!field.startsWith("/")) {
            throw new IllegalArgumentException("a field path starts with '/', was " + field);
        }
    }
}
