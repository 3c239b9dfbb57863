package dev.roster.enrollment.shared;

/**
 * One problem with one field of a request.
 *
 * @param field  a JSON pointer to the field, e.g. {@code /password}
 * @param detail what is wrong, for a person
 */
public record FieldError(String field, String detail) {
}
