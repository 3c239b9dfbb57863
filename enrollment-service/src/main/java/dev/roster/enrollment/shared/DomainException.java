package dev.roster.enrollment.shared;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the domain refuses, with a stable machine-readable code (e.g. {@code course_not_found})
 * and the kind of refusal. The web layer turns the kind into a status and the whole into an
 * RFC 9457 problem; the domain knows nothing of HTTP. A refusal that has more to tell says it itself
 * ({@link #problemProperties()}, {@link #retryAfterHint()}), so the web layer needs to know no
 * feature's exceptions.
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

    /**
     * Members the problem document carries beside its type, title, status, detail and code (RFC 9457
     * extension members), e.g. the invalid fields or why a coupon cannot be used. None by default.
     */
    public Map<String, Object> problemProperties() {
        return Map.of();
    }

    /** How long the client should wait before trying again, when the refusal is temporary. None by default. */
    public Optional<Duration> retryAfterHint() {
        return Optional.empty();
    }
}
