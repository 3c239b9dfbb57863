package dev.roster.enrollment.purchase.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.purchase.application.Seats.Reservation;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link Seats} port, run against the in-memory fake ({@link InMemorySeatsTest}) and
 * the catalog on PostgreSQL (CatalogSeatsIT), through the catalog's own fake (CatalogSeatsTest). Concurrency is PurchaseConcurrencyIT's; this is the single-caller
 * behaviour the application tests rely on.
 */
public abstract class SeatsContract {

    /** The store under test. */
    protected abstract Seats seats();

    /** A course the store knows, with this many seats and this many of them taken. */
    protected abstract CourseId aCourse(int capacity, int taken, CourseStatus status);

    /** How many seats of the course the store counts as taken. */
    protected abstract int taken(CourseId course);

    @Test
    @Guards(Risk.OVERSELL)
    void reservesSeatsUntilTheCourseIsFull() {
        CourseId course = aCourse(2, 0, CourseStatus.OPEN);

        assertThat(seats().reserve(course)).isEqualTo(Reservation.RESERVED);
        assertThat(seats().reserve(course)).isEqualTo(Reservation.RESERVED);
        assertThat(seats().reserve(course)).isEqualTo(Reservation.FULL);

        assertThat(taken(course)).isEqualTo(2);
    }

    @Test
    @Guards(Risk.OVERSELL)
    void countsTheSeatsAlreadyTaken() {
        CourseId course = aCourse(3, 2, CourseStatus.OPEN);

        assertThat(seats().reserve(course)).isEqualTo(Reservation.RESERVED);
        assertThat(seats().reserve(course)).isEqualTo(Reservation.FULL);
    }

    @Test
    @Guards(Risk.ELIGIBILITY_RULE_WRONG)
    void reservesNothingInACourseThatIsNotOpen() {
        CourseId draft = aCourse(5, 0, CourseStatus.DRAFT);
        CourseId closed = aCourse(5, 0, CourseStatus.CLOSED);

        assertThat(seats().reserve(draft)).isEqualTo(Reservation.NOT_OPEN);
        assertThat(seats().reserve(closed)).isEqualTo(Reservation.NOT_OPEN);
        assertThat(seats().reserve(new CourseId(UUID.randomUUID()))).as("an unknown course").isEqualTo(Reservation.NOT_OPEN);
        assertThat(taken(draft)).isZero();
    }

    @Test
    @Guards(Risk.DECLINE_KEEPS_SEAT)
    void givesASeatBackForTheNextBuyer() {
        CourseId course = aCourse(1, 0, CourseStatus.OPEN);
        seats().reserve(course);

        seats().release(course);

        assertThat(taken(course)).isZero();
        assertThat(seats().reserve(course)).isEqualTo(Reservation.RESERVED);
    }

    @Test
    void givesBackASeatOfAClosedCourse() {
        CourseId course = aCourse(3, 2, CourseStatus.CLOSED);

        seats().release(course);

        assertThat(taken(course)).isEqualTo(1);
    }

    @Test
    @Guards(Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE)
    void refusesToGiveBackASeatNobodyHolds() {
        CourseId course = aCourse(3, 0, CourseStatus.OPEN);

        assertThatThrownBy(() -> seats().release(course)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seats().release(new CourseId(UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(taken(course)).isZero();
    }
}
