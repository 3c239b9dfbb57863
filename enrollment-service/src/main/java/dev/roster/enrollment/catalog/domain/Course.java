package dev.roster.enrollment.catalog.domain;

import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A course learners can buy seats in. Immutable: changes return a new course.
 *
 * <p>Invariants: capacity is never negative and seats taken lie between 0 and the capacity. The
 * database holds the same rules as CHECK constraints, because seats are taken by a conditional
 * SQL update, not through this class.
 */
public record Course(
        CourseId id,
        String code,
        String title,
        String description,
        Money price,
        int capacity,
        int seatsTaken,
        CourseStatus status,
        Instant startsAt) {

    public static final int MAX_CODE_LENGTH = 32;
    public static final int MAX_TITLE_LENGTH = 200;

    public Course {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startsAt, "startsAt");
        description = description == null ? "" : description;
        require(code != null && !code.isBlank() && code.length() <= MAX_CODE_LENGTH,
                "code must be 1 to " + MAX_CODE_LENGTH + " characters");
        require(title != null && !title.isBlank() && title.length() <= MAX_TITLE_LENGTH,
                "title must be 1 to " + MAX_TITLE_LENGTH + " characters");
        require(price.amountMinor() >= 0, "price must not be negative");
        require(capacity >= 0, "capacity must not be negative");
        require(seatsTaken >= 0, "seats taken must not be negative");
        require(seatsTaken <= capacity, "seats taken (" + seatsTaken + ") exceed capacity (" + capacity + ")");
    }

    public int seatsAvailable() {
        return capacity - seatsTaken;
    }

    public boolean isFull() {
        return seatsTaken >= capacity;
    }

    /** A new capacity; never below the seats already taken, since those learners keep their seats. */
    public Course withCapacity(int newCapacity) {
        if (newCapacity < 0) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "capacity_negative",
                    "capacity must not be negative, was " + newCapacity);
        }
        if (newCapacity < seatsTaken) {
            throw new CapacityBelowSeatsTakenException(id, newCapacity, seatsTaken);
        }
        return new Course(id, code, title, description, price, newCapacity, seatsTaken, status, startsAt);
    }

    /**
     * The course in another status. Any status may follow any other for now (an administrator may
     * reopen a closed course or take one back to draft); only a missing status is refused.
     */
    public Course withStatus(CourseStatus newStatus) {
        if (newStatus == null) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "course_status_required",
                    "a course needs a status");
        }
        return new Course(id, code, title, description, price, capacity, seatsTaken, newStatus, startsAt);
    }

    /** The course under another title (1 to {@value #MAX_TITLE_LENGTH} characters). */
    public Course renamed(String newTitle) {
        return new Course(id, code, newTitle, description, price, capacity, seatsTaken, status, startsAt);
    }

    /** The course at another price, never negative; learners who bought a seat keep what they paid. */
    public Course repriced(Money newPrice) {
        return new Course(id, code, title, description, newPrice, capacity, seatsTaken, status, startsAt);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
