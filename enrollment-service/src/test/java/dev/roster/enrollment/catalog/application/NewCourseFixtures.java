package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.CourseStatus;
import java.time.Instant;

/**
 * Builds {@link NewCourse} commands with valid defaults, so a test states only the field it is about:
 * {@code aNewCourse().withTitle(" ").build()}.
 */
public final class NewCourseFixtures {

    private String code = "JAVA-101";
    private String title = "Java from the ground up";
    private String description = "Types, collections, streams and tests.";
    private Long priceMinor = 49_00L;
    private String currency = "EUR";
    private Integer capacity = 30;
    private Instant startsAt = Instant.parse("2027-03-01T09:00:00Z");
    private CourseStatus status = null;

    private NewCourseFixtures() {
    }

    public static NewCourseFixtures aNewCourse() {
        return new NewCourseFixtures();
    }

    public NewCourseFixtures withCode(String code) {
        this.code = code;
        return this;
    }

    public NewCourseFixtures withTitle(String title) {
        this.title = title;
        return this;
    }

    public NewCourseFixtures withDescription(String description) {
        this.description = description;
        return this;
    }

    public NewCourseFixtures withPrice(Long priceMinor, String currency) {
        this.priceMinor = priceMinor;
        this.currency = currency;
        return this;
    }

    public NewCourseFixtures withCapacity(Integer capacity) {
        this.capacity = capacity;
        return this;
    }

    public NewCourseFixtures startingAt(Instant startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    public NewCourseFixtures withStatus(CourseStatus status) {
        this.status = status;
        return this;
    }

    public NewCourse build() {
        return new NewCourse(code, title, description, priceMinor, currency, capacity, startsAt, status);
    }
}
