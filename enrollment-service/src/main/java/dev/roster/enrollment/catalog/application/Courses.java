package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.util.Optional;

/** The store of courses (port); the adapter holds the SQL. */
public interface Courses {

    Optional<Course> findById(CourseId id);

    /** Published courses, ordered by start time and then code, so pages are stable. */
    Page<Course> published(PageRequest request);

    /** Adds the course unless one with its code exists; true when it was added. */
    boolean addIfAbsent(Course course);
}
