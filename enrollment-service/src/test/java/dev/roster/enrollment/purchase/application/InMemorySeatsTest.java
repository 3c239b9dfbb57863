package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseFixtures;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;

/** The fake keeps the promises CatalogSeatsIT checks on PostgreSQL. */
class InMemorySeatsTest extends SeatsContract {

    private final InMemorySeats seats = new InMemorySeats();

    @Override
    protected Seats seats() {
        return seats;
    }

    @Override
    protected CourseId aCourse(int capacity, int taken, CourseStatus status) {
        Course course = CourseFixtures.aCourse().withCapacity(capacity).withSeatsTaken(taken).withStatus(status).build();
        seats.track(course);
        return course.id();
    }

    @Override
    protected int taken(CourseId course) {
        return seats.taken(course);
    }
}
