package dev.roster.enrollment.catalog.domain;

import dev.roster.enrollment.platform.UuidV7Generator;
import dev.roster.enrollment.shared.Money;
import java.time.Instant;

/**
 * Builds courses with sensible defaults, so a test states only what matters to it:
 * {@code aCourse().withCapacity(1).build()}. Each builder is new; nothing is shared between tests.
 */
public final class CourseFixtures {

    private static final UuidV7Generator IDS = new UuidV7Generator();

    private CourseId id = new CourseId(IDS.next());
    private String code = "C-" + id.value().toString().substring(24);
    private String title = "A course";
    private String description = "What the course teaches";
    private Money price = Money.of(100_00, "EUR");
    private int capacity = 10;
    private int seatsTaken = 0;
    private CourseStatus status = CourseStatus.OPEN;
    private Instant startsAt = Instant.parse("2027-03-01T09:00:00Z");

    private CourseFixtures() {
    }

    public static CourseFixtures aCourse() {
        return new CourseFixtures();
    }

    public CourseFixtures withCode(String code) {
        this.code = code;
        return this;
    }

    public CourseFixtures withTitle(String title) {
        this.title = title;
        return this;
    }

    public CourseFixtures withPrice(Money price) {
        this.price = price;
        return this;
    }

    public CourseFixtures withCapacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    public CourseFixtures withSeatsTaken(int seatsTaken) {
        this.seatsTaken = seatsTaken;
        return this;
    }

    public CourseFixtures withStatus(CourseStatus status) {
        this.status = status;
        return this;
    }

    public CourseFixtures startingAt(Instant startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    public Course build() {
        return new Course(id, code, title, description, price, capacity, seatsTaken, status, startsAt);
    }
}
