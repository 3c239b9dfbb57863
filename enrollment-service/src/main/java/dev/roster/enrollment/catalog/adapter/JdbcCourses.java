package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.catalog.application.CourseCodeTakenException;
import dev.roster.enrollment.catalog.application.CourseNotFoundException;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.application.SeatReservation;
import dev.roster.enrollment.catalog.domain.CapacityBelowSeatsTakenException;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.platform.UniqueConstraints;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCourses implements Courses {

    private static final String COLUMNS =
            "id, code, title, description, price_minor, currency, capacity, seats_taken, status, starts_at";

    /** The unique constraint on the code, from V1__create_course.sql. */
    private static final String CODE_UNIQUE = "course_code_unique";

    private final JdbcClient jdbc;

    JdbcCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Course> findById(CourseId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM course WHERE id = :id")
                .param("id", id.value())
                .query(JdbcCourses::toCourse)
                .optional();
    }

    @Override
    public Page<Course> published(PageRequest request) {
        List<Course> items = jdbc.sql("SELECT " + COLUMNS + """
                         FROM course
                        WHERE status <> 'DRAFT'
                        ORDER BY starts_at, code
                        LIMIT :limit OFFSET :offset""")
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(JdbcCourses::toCourse)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM course WHERE status <> 'DRAFT'")
                .query(Long.class)
                .single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** A null status binds as SQL NULL and matches every course, so one statement serves both listings. */
    @Override
    public Page<Course> all(Optional<CourseStatus> status, PageRequest request) {
        String wanted = status.map(CourseStatus::name).orElse(null);
        List<Course> items = jdbc.sql("SELECT " + COLUMNS + """
                         FROM course
                        WHERE CAST(:status AS varchar) IS NULL OR status = :status
                        ORDER BY starts_at, code
                        LIMIT :limit OFFSET :offset""")
                .param("status", wanted)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(JdbcCourses::toCourse)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM course WHERE CAST(:status AS varchar) IS NULL OR status = :status")
                .param("status", wanted)
                .query(Long.class)
                .single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public boolean addIfAbsent(Course course) {
        return insert(course, " ON CONFLICT (code) DO NOTHING") == 1;
    }

    /** Inserts and lets the unique constraint refuse a taken code: no read first, so no race. */
    @Override
    public Course add(Course course) {
        UniqueConstraints.writeUnlessTaken(() -> insert(course, ""), CODE_UNIQUE,
                () -> new CourseCodeTakenException(course.code()));
        return course;
    }

    @Override
    public Course rename(CourseId id, String title) {
        return updateReturning("title = :title", id, "title", title);
    }

    @Override
    public Course reprice(CourseId id, Money price) {
        return jdbc.sql("UPDATE course SET price_minor = :priceMinor, currency = :currency WHERE id = :id RETURNING "
                        + COLUMNS)
                .param("id", id.value())
                .param("priceMinor", price.amountMinor())
                .param("currency", price.currency().getCurrencyCode())
                .query(JdbcCourses::toCourse)
                .optional()
                .orElseThrow(() -> new CourseNotFoundException(id));
    }

    @Override
    public Course changeStatus(CourseId id, CourseStatus status) {
        return updateReturning("status = :status", id, "status", status.name());
    }

    /**
     * One conditional statement: PostgreSQL re-checks {@code seats_taken <= :capacity} on the
     * latest row version after taking the row lock, so a seat bought concurrently is either
     * counted or waits; the capacity never ends below the seats taken (and never trips the CHECK).
     * When no row changed, a second read tells an unknown course from a refused capacity.
     */
    @Override
    public Course changeCapacity(CourseId id, int capacity) {
        return jdbc.sql("""
                        UPDATE course SET capacity = :capacity
                         WHERE id = :id AND seats_taken <= :capacity
                        RETURNING\s""" + COLUMNS)
                .param("id", id.value())
                .param("capacity", capacity)
                .query(JdbcCourses::toCourse)
                .optional()
                .orElseThrow(() -> findById(id)
                        .<RuntimeException>map(current -> new CapacityBelowSeatsTakenException(id, capacity,
                                current.seatsTaken()))
                        .orElseGet(() -> new CourseNotFoundException(id)));
    }

    /**
     * One conditional statement: PostgreSQL re-checks the WHERE clause on the locked row at READ
     * COMMITTED, so concurrent purchases of the last seat cannot both succeed.
     */
    @Override
    public SeatReservation reserveSeat(CourseId id) {
        int taken = jdbc.sql("""
                        UPDATE course SET seats_taken = seats_taken + 1
                         WHERE id = :id AND status = 'OPEN' AND seats_taken < capacity""")
                .param("id", id.value())
                .update();
        if (taken == 1) {
            return SeatReservation.RESERVED;
        }
        String status = jdbc.sql("SELECT status FROM course WHERE id = :id").param("id", id.value())
                .query(String.class).optional().orElse("CLOSED");
        return "OPEN".equals(status) ? SeatReservation.FULL : SeatReservation.NOT_OPEN;
    }

    @Override
    public void releaseSeat(CourseId id) {
        int released = jdbc.sql("UPDATE course SET seats_taken = seats_taken - 1 WHERE id = :id AND seats_taken > 0")
                .param("id", id.value())
                .update();
        if (released != 1) {
            throw new IllegalStateException("no seat to release in course " + id);
        }
    }

    private Course updateReturning(String assignment, CourseId id, String name, Object value) {
        return jdbc.sql("UPDATE course SET " + assignment + " WHERE id = :id RETURNING " + COLUMNS)
                .param("id", id.value())
                .param(name, value)
                .query(JdbcCourses::toCourse)
                .optional()
                .orElseThrow(() -> new CourseNotFoundException(id));
    }

    private int insert(Course course, String onConflict) {
        return jdbc.sql("""
                        INSERT INTO course (id, code, title, description, price_minor, currency,
                                            capacity, seats_taken, status, starts_at)
                        VALUES (:id, :code, :title, :description, :priceMinor, :currency,
                                :capacity, :seatsTaken, :status, :startsAt)""" + onConflict)
                .param("id", course.id().value())
                .param("code", course.code())
                .param("title", course.title())
                .param("description", course.description())
                .param("priceMinor", course.price().amountMinor())
                .param("currency", course.price().currency().getCurrencyCode())
                .param("capacity", course.capacity())
                .param("seatsTaken", course.seatsTaken())
                .param("status", course.status().name())
                .param("startsAt", Timestamp.from(course.startsAt()))
                .update();
    }

    private static Course toCourse(ResultSet rs, int row) throws SQLException {
        return new Course(
                new CourseId(rs.getObject("id", UUID.class)),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("description"),
                new Money(rs.getLong("price_minor"), Currency.getInstance(rs.getString("currency"))),
                rs.getInt("capacity"),
                rs.getInt("seats_taken"),
                CourseStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("starts_at").toInstant());
    }
}
