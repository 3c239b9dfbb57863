package dev.roster.enrollment.purchase.domain;

import dev.roster.enrollment.catalog.domain.CourseId;
import java.util.Objects;

/**
 * A course as purchase needs to see it to sell a seat: whether it is open, how many seats it has and
 * how many are taken (a reading for the clear answer; the seat itself is decided when it is reserved).
 */
public record CourseOnSale(CourseId id, String title, boolean open, int capacity, int seatsTaken) {

    public CourseOnSale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public boolean isFull() {
        return seatsTaken >= capacity;
    }
}
