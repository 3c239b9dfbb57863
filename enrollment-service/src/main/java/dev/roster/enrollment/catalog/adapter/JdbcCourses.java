package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
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

    @Override
    public boolean addIfAbsent(Course course) {
        int added = jdbc.sql("""
                        INSERT INTO course (id, code, title, description, price_minor, currency,
                                            capacity, seats_taken, status, starts_at)
                        VALUES (:id, :code, :title, :description, :priceMinor, :currency,
                                :capacity, :seatsTaken, :status, :startsAt)
                        ON CONFLICT (code) DO NOTHING""")
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
        return added == 1;
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
