package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;

/**
 * The catalog as the rest of Roster uses it: browsing published courses, and the seats of a course,
 * which only the catalog counts (its {@code course} table), for whoever sells them.
 */
public class CatalogService {

    private final Courses courses;

    public CatalogService(Courses courses) {
        this.courses = courses;
    }

    public Page<Course> browse(PageRequest request) {
        return courses.published(request);
    }

    /** A published course; drafts answer as unknown, so their existence does not leak. */
    public Course course(CourseId id) {
        return courses.findById(id)
                .filter(course -> course.status().isPublished())
                .orElseThrow(() -> new CourseNotFoundException(id));
    }

    /** The title of any course, published or not: events and receipts name what was bought. */
    public String title(CourseId id) {
        return courses.findById(id).map(Course::title).orElseThrow(() -> new CourseNotFoundException(id));
    }

    /** Takes one seat if the course is open and not full; concurrent callers never oversell it. */
    public SeatReservation reserveSeat(CourseId id) {
        return courses.reserveSeat(id);
    }

    /** Gives back a seat that was reserved; see {@link Courses#releaseSeat}. */
    public void releaseSeat(CourseId id) {
        courses.releaseSeat(id);
    }
}
