package dev.roster.enrollment.shared;

/**
 * A page of a listing: zero-based page number and page size. Out-of-range values are refused here
 * rather than clamped, so a client learns its request was wrong instead of silently getting
 * something else.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid_paging",
                    "page must be 0 or greater, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid_paging",
                    "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
