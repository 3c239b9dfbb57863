package dev.roster.enrollment.shared;

import java.util.Objects;

/**
 * A request the domain refuses, with a stable machine-readable code (e.g. {@code course_not_found})
 * and the kind of refusal. The web layer turns the kind into a status and the whole into an
 * RFC 9457 problem; the domain knows nothing of HTTP.
 */
public class DomainException extends RuntimeException {

    /** Why the domain refuses: each maps to one HTTP status in the web layer. */
    public enum Kind {
        INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE, THROTTLED
    }

    private final Kind kind;
    private final String code;

    public DomainException(Kind kind, String code, String detail) {
        super(detail);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
