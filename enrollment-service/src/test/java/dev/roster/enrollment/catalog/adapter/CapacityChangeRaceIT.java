package dev.roster.enrollment.catalog.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.domain.CapacityBelowSeatsTakenException;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator shrinks a course while learners buy seats in it. The capacity change is one
 * conditional UPDATE, so whichever comes first wins and the other is refused cleanly: the capacity
 * never ends below the seats taken, and the CHECK constraint (the last line) is never even reached.
 */
@Guards({Risk.COURSE_RULE_WRONG, Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE})
class CapacityChangeRaceIT {

    private static final int THREADS = 8;
    private static final int ROUNDS = 10;
    private static final long SEED = 20270301L;
    private static final String CHECK_VIOLATION = "23514";

    private JdbcClient jdbc;
    private JdbcCourses courses;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(TestDatabase.emptied().dataSource());
        courses = new JdbcCourses(jdbc);
    }

    @Test
    void neverLeavesTheCapacityBelowTheSeatsTakenWhileSeatsAreBought() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Course course = courses.add(aCourse().withCapacity(10).withSeatsTaken(5).build());
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS / 2; i++) {
                tasks.add(() -> shrink(course.id(), 5));
                tasks.add(() -> buyASeat(course.id()));
            }
            Collections.shuffle(tasks, random);

            List<Throwable> errors = runTogether(tasks);

            int capacity = column(course.id(), "capacity");
            int seatsTaken = column(course.id(), "seats_taken");
            assertThat(errors).as("round %d: nothing but the expected refusals", round).isEmpty();
            assertThat(seatsTaken).as("round %d: seats taken within capacity", round).isLessThanOrEqualTo(capacity);
            // whichever came first wins: a shrink leaves no room to buy, a purchase leaves no room to shrink
            assertThat(List.of(capacity, seatsTaken)).as("round %d: capacity and seats taken", round)
                    .isIn(List.of(5, 5), List.of(10, 5 + THREADS / 2));
        }
    }

    /**
     * The test above can fail: a read-then-write capacity change checks the seats it read, and a
     * seat bought before it writes makes its UPDATE break the CHECK constraint, an error the race
     * test above refuses. Run on one thread in the losing order, so it fails the same way every time.
     */
    @Test
    void aReadThenWriteCapacityChangeTripsTheCheckWhenASeatIsBoughtInBetween() {
        Course course = courses.add(aCourse().withCapacity(10).withSeatsTaken(5).build());

        assertThatThrownBy(() -> shrinkReadingFirst(course.id(), 5, () -> buyASeat(course.id())))
                .satisfies(e -> assertCheckViolation(e, "course_seats_taken_within_capacity"));
        assertThat(column(course.id(), "capacity")).isEqualTo(10);
    }

    /** True when the shrink was applied, false when refused as expected. */
    private boolean shrink(CourseId id, int capacity) {
        try {
            courses.changeCapacity(id, capacity);
            return true;
        } catch (CapacityBelowSeatsTakenException expected) {
            return false;
        }
    }

    /** Seat reservation as the design has it: one conditional statement. True when a seat was taken. */
    private boolean buyASeat(CourseId id) {
        return jdbc.sql("UPDATE course SET seats_taken = seats_taken + 1 WHERE id = :id AND seats_taken < capacity")
                .param("id", id.value())
                .update() == 1;
    }

    /** The known-broken variant: reads the seats, decides in Java, writes unconditionally. */
    private void shrinkReadingFirst(CourseId id, int capacity, Runnable betweenReadAndWrite) {
        int seatsTaken = column(id, "seats_taken");
        if (capacity < seatsTaken) {
            throw new CapacityBelowSeatsTakenException(id, capacity, seatsTaken);
        }
        betweenReadAndWrite.run();
        jdbc.sql("UPDATE course SET capacity = :capacity WHERE id = :id")
                .param("id", id.value())
                .param("capacity", capacity)
                .update();
    }

    private int column(CourseId id, String column) {
        return jdbc.sql("SELECT " + column + " FROM course WHERE id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    /** Starts every task at once behind a gate; answers what they threw, if anything. */
    private static List<Throwable> runTogether(List<Callable<Boolean>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Throwable> errors = new ArrayList<>();
            for (Future<Boolean> result : results) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    errors.add(e.getCause());
                } catch (TimeoutException e) {
                    errors.add(e);
                }
            }
            return errors;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("all tasks ended").isTrue();
        }
    }

    private static void assertCheckViolation(Throwable thrown, String constraint) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an SQLException underneath %s", thrown).isNotNull();
        assertThat(((SQLException) cause).getSQLState()).isEqualTo(CHECK_VIOLATION);
        assertThat(cause.getMessage()).contains(constraint);
    }
}
