package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.purchase.application.Seats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSeats implements Seats {

    private final JdbcClient jdbc;

    JdbcSeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One conditional statement: PostgreSQL re-checks the WHERE clause on the locked row at READ
     * COMMITTED, so concurrent purchases of the last seat cannot both succeed.
     */
    @Override
    public Reservation reserve(CourseId course) {
        int taken = jdbc.sql("""
                        UPDATE course SET seats_taken = seats_taken + 1
                         WHERE id = :id AND status = 'OPEN' AND seats_taken < capacity""")
                .param("id", course.value())
                .update();
        if (taken == 1) {
            return Reservation.RESERVED;
        }
        String status = jdbc.sql("SELECT status FROM course WHERE id = :id").param("id", course.value())
                .query(String.class).optional().orElse("CLOSED");
        return "OPEN".equals(status) ? Reservation.FULL : Reservation.NOT_OPEN;
    }

    @Override
    public void release(CourseId course) {
        int released = jdbc.sql("UPDATE course SET seats_taken = seats_taken - 1 WHERE id = :id AND seats_taken > 0")
                .param("id", course.value())
                .update();
        if (released != 1) {
            throw new IllegalStateException("no seat to release in course " + course);
        }
    }
}
