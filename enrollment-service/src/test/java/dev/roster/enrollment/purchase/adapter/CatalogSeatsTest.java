package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.application.InMemoryCourses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseFixtures;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.SeatsContract;

/**
 * Purchase's {@link Seats} through the catalog's API over the catalog's in-memory store: the adapter
 * maps every answer, and the catalog's fake keeps the seat promises CatalogSeatsIT checks on PostgreSQL.
 */
class CatalogSeatsTest extends SeatsContract {

    private final InMemoryCourses courses = new InMemoryCourses();
    private final CatalogAdapter seats = new CatalogAdapter(new CatalogService(courses));

    @Override
    protected Seats seats() {
        return seats;
    }

    @Override
    protected CourseId aCourse(int capacity, int taken, CourseStatus status) {
        Course course = CourseFixtures.aCourse().withCapacity(capacity).withSeatsTaken(taken).withStatus(status).build();
        courses.add(course);
        return course.id();
    }

    @Override
    protected int taken(CourseId course) {
        return courses.findById(course).orElseThrow().seatsTaken();
    }
}
