package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;

/** Seats of courses, taken and given back atomically by the store (port). */
public interface Seats {

    enum Reservation { RESERVED, FULL, NOT_OPEN }

    /** Takes one seat if the course is open and not full, in one conditional statement. */
    Reservation reserve(CourseId course);

    void release(CourseId course);
}
