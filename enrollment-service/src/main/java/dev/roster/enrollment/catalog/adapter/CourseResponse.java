package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.web.MoneyResponse;
import java.time.Instant;
import java.util.UUID;

/** A course as the API shows it. */
record CourseResponse(
        UUID id,
        String code,
        String title,
        String description,
        MoneyResponse price,
        int capacity,
        int seatsTaken,
        int seatsAvailable,
        String status,
        Instant startsAt) {

    static CourseResponse of(Course course) {
        return new CourseResponse(course.id().value(), course.code(), course.title(), course.description(),
                MoneyResponse.of(course.price()), course.capacity(), course.seatsTaken(), course.seatsAvailable(),
                course.status().name(), course.startsAt());
    }
}
