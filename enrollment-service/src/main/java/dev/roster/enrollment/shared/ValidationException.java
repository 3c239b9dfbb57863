package dev.roster.enrollment.shared;

import java.util.List;

/** A request whose fields break the rules; every problem found is reported, not only the first. */
public class ValidationException extends DomainException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(Kind.INVALID_INPUT, "validation_failed", "The request has invalid fields.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
