package dev.roster.enrollment.catalog.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database itself refuses rows the domain forbids: seats are taken by SQL that never passes
 * through the Java model, so these constraints are the last line. Raw SQL on purpose.
 */
@Guards(Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE)
class CourseConstraintsIT {

    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";

    private JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(TestDatabase.emptied().dataSource());
    }

    @ParameterizedTest(name = "capacity {0}, seats taken {1} violates {2}")
    @CsvSource({
            "-1, 0, course_capacity_not_negative",
            "5, 6, course_seats_taken_within_capacity",
            "5, -1, course_seats_taken_within_capacity",
    })
    void refusesImpossibleSeatCounts(int capacity, int seatsTaken, String constraint) {
        assertThatThrownBy(() -> insert("C-1", capacity, seatsTaken, "OPEN", 100))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, constraint));
    }

    @Test
    void refusesAnUpdateThatTakesMoreSeatsThanTheCapacity() {
        insert("C-1", 1, 1, "OPEN", 100);

        assertThatThrownBy(() -> jdbc.sql("UPDATE course SET seats_taken = seats_taken + 1 WHERE code = 'C-1'").update())
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "course_seats_taken_within_capacity"));
    }

    @Test
    void refusesAnUnknownStatusAndANegativePrice() {
        assertThatThrownBy(() -> insert("C-1", 1, 0, "SOLD_OUT", 100))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "course_status_known"));
        assertThatThrownBy(() -> insert("C-2", 1, 0, "OPEN", -1))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "course_price_not_negative"));
    }

    @Test
    @Guards(Risk.BAD_INPUT_ANSWERS_5XX)
    void refusesAPriceBeyondAMillionMajorUnitsOfAnyCurrency() {
        insert("C-1", 1, 0, "OPEN", 1_000_000_000L);

        assertThatThrownBy(() -> insert("C-2", 1, 0, "OPEN", 1_000_000_001L))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "course_price_bounded"));
    }

    @ParameterizedTest(name = "a start at {0} violates course_starts_at_bounded")
    @Guards(Risk.BAD_INPUT_ANSWERS_5XX)
    @CsvSource({"1999-12-31 23:59:59.999999+00", "10000-01-01 00:00:00+00"})
    void refusesAStartOutsideTheAcceptedRange(String startsAt) {
        insert("C-1", 1, 0, "OPEN", 100);

        assertThatThrownBy(() -> jdbc.sql("UPDATE course SET starts_at = CAST(:startsAt AS timestamptz)")
                .param("startsAt", startsAt).update())
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "course_starts_at_bounded"));
    }

    @Test
    void refusesASecondCourseWithTheSameCode() {
        insert("C-1", 1, 0, "OPEN", 100);

        assertThatThrownBy(() -> insert("C-1", 1, 0, "OPEN", 100))
                .satisfies(e -> assertViolation(e, UNIQUE_VIOLATION, "course_code_unique"));
    }

    @Test
    void acceptsAFullCourse() {
        insert("C-1", 3, 3, "OPEN", 0);

        assertThat(jdbc.sql("SELECT seats_taken FROM course WHERE code = 'C-1'").query(Integer.class).single())
                .isEqualTo(3);
    }

    private void insert(String code, int capacity, int seatsTaken, String status, long priceMinor) {
        jdbc.sql("""
                        INSERT INTO course (id, code, title, price_minor, currency, capacity, seats_taken, status, starts_at)
                        VALUES (:id, :code, 'A course', :price, 'EUR', :capacity, :seatsTaken, :status, now())""")
                .param("id", UUID.randomUUID())
                .param("code", code)
                .param("price", priceMinor)
                .param("capacity", capacity)
                .param("seatsTaken", seatsTaken)
                .param("status", status)
                .update();
    }

    private static void assertViolation(Throwable thrown, String sqlState, String constraint) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an SQLException underneath %s", thrown).isNotNull();
        assertThat(((SQLException) cause).getSQLState()).isEqualTo(sqlState);
        assertThat(cause.getMessage()).contains(constraint);
    }
}
