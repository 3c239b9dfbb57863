package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.util.HashMap;
import java.util.Map;

/**
 * In-memory fake of {@link Seats}: the seat counts of the courses it was told about, keeping the promises
 * {@link SeatsContract} holds the wired adapter to (a course it does not know is not open, and has no seat to give back).
 */
public class InMemorySeats implements Seats, Snapshotting {

    private record Count(int capacity, int taken, boolean open) {
    }

    private Map<CourseId, Count> counts = new HashMap<>();

    public synchronized InMemorySeats track(Course course) {
        counts.put(course.id(), new Count(course.capacity(), course.seatsTaken(), course.status() == CourseStatus.OPEN));
        return this;
    }

    @Override
    public synchronized Reservation reserve(CourseId course) {
        Count count = counts.get(course);
        if (count == null || !count.open()) {
            return Reservation.NOT_OPEN;
        }
        if (count.taken() >= count.capacity()) {
            return Reservation.FULL;
        }
        counts.put(course, new Count(count.capacity(), count.taken() + 1, true));
        return Reservation.RESERVED;
    }

    @Override
    public synchronized void release(CourseId course) {
        Count count = counts.get(course);
        if (count == null || count.taken() == 0) {
            throw new IllegalStateException("no seat to release in course " + course);
        }
        counts.put(course, new Count(count.capacity(), count.taken() - 1, count.open()));
    }

    public synchronized int taken(CourseId course) {
        return counts.get(course).taken();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<CourseId, Count> saved = new HashMap<>(counts);
        return () -> {
            synchronized (this) {
                counts = new HashMap<>(saved);
            }
        };
    }
}
