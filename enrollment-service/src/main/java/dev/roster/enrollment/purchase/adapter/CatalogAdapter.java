package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.purchase.application.CoursesOnSale;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.domain.CourseOnSale;
import org.springframework.stereotype.Component;

/**
 * Purchase's ports on the catalog, answered through the catalog's application API: the catalog alone
 * reads and writes its {@code course} table (seats included), purchase only asks.
 */
@Component
public class CatalogAdapter implements CoursesOnSale, Seats {

    private final CatalogService catalog;

    public CatalogAdapter(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public CourseOnSale courseOnSale(CourseId id) {
        Course course = catalog.course(id);
        return new CourseOnSale(course.id(), course.title(), course.status() == CourseStatus.OPEN,
                course.capacity(), course.seatsTaken());
    }

    @Override
    public String titleOf(CourseId id) {
        return catalog.title(id);
    }

    @Override
    public Reservation reserve(CourseId course) {
        return switch (catalog.reserveSeat(course)) {
            case RESERVED -> Reservation.RESERVED;
            case FULL -> Reservation.FULL;
            case NOT_OPEN -> Reservation.NOT_OPEN;
        };
    }

    @Override
    public void release(CourseId course) {
        catalog.releaseSeat(course);
    }
}
