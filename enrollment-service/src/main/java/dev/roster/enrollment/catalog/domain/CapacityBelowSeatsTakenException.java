package dev.roster.enrollment.catalog.domain;

import dev.roster.enrollment.shared.DomainException;

/** A capacity refused because learners already hold more seats than it allows; they keep their seats. */
public class CapacityBelowSeatsTakenException extends DomainException {

    public CapacityBelowSeatsTakenException(CourseId id, int capacity, int seatsTaken) {
        super(Kind.CONFLICT, "capacity_below_seats_taken",
                "capacity " + capacity + " of course " + id + " is below the " + seatsTaken + " seats already taken");
    }
}
