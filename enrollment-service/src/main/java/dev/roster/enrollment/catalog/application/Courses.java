package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.CapacityBelowSeatsTakenException;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.util.Optional;

/**
 * The store of courses (port); the adapter holds the SQL. Every change is one statement on the
 * course's row and answers the course as stored afterwards, so a caller never sees a stale copy.
 */
public interface Courses {

    Optional<Course> findById(CourseId id);

    /** Published courses, ordered by start time and then code, so pages are stable. */
    Page<Course> published(PageRequest request);

    /**
     * Every course, drafts included, or only those with {@code status} when one is given; ordered like
     * the catalog (start time, then code), so pages are stable. The administrator's listing.
     */
    Page<Course> all(Optional<CourseStatus> status, PageRequest request);

    /** Adds the course unless one with its code exists; true when it was added. */
    boolean addIfAbsent(Course course);

    /**
     * Adds a new course.
     *
     * @throws CourseCodeTakenException when another course has its code, however concurrent the two
     *                                  additions (the store's unique constraint decides, not a prior read)
     */
    Course add(Course course);

    /** @throws CourseNotFoundException when no course has the id */
    Course rename(CourseId id, String title);

    /** @throws CourseNotFoundException when no course has the id */
    Course reprice(CourseId id, Money price);

    /** @throws CourseNotFoundException when no course has the id */
    Course changeStatus(CourseId id, CourseStatus status);

    /**
     * Sets the capacity unless it is below the seats taken at that moment, decided atomically with
     * any concurrent seat purchase, so the capacity never ends below the seats taken.
     *
     * @throws CourseNotFoundException          when no course has the id
     * @throws CapacityBelowSeatsTakenException when more seats are taken than the new capacity
     */
    Course changeCapacity(CourseId id, int capacity);

    /**
     * Takes one seat if the course is open and not full, in one conditional statement: however many
     * buyers ask at once, the seats taken never pass the capacity.
     */
    SeatReservation reserveSeat(CourseId id);

    /**
     * Gives one seat back, open course or not.
     *
     * @throws IllegalStateException when the course has no seat taken (or is unknown): a seat given
     *                               back twice is a bug, never a count to go below zero
     */
    void releaseSeat(CourseId id);
}
