package dev.roster.enrollment.catalog.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.CapacityBelowSeatsTakenException;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator shrinks a course while learners buy seats in it through the real seat
 * reservation (both the service's own beans). The capacity change is one conditional UPDATE, so whichever comes first wins and the
 * other is refused cleanly: the capacity never ends below the seats taken, and the CHECK constraint
 * (the last line) is never even reached. Every task gets ready (a read-then-write change reads
 * here) before any of them writes.
 */
@ServiceIT
class CapacityChangeRaceIT {

    private static final int THREADS = 8;
    private static final int ROUNDS = 10;
    private static final long SEED = 20270301L;

    @Autowired JdbcClient jdbc;
    @Autowired Courses courses;
    @Autowired Seats seats;

    /** A capacity change; true when applied, false when refused as it should be. */
    private interface Shrink {
        boolean shrink(CourseId id, int capacity, CyclicBarrier allReady, CountDownLatch aSeatBought) throws Exception;
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.emptied();
    }

    @Test
    @Guards({Risk.OVERSELL, Risk.COURSE_RULE_WRONG, Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE})
    void neverLeavesTheCapacityBelowTheSeatsTakenWhileSeatsAreBought() throws Exception {
        raceShrinksAgainstPurchases(this::conditionalShrink);
    }

    /**
     * The near miss: read the seats taken, refuse in Java if the new capacity is below them, then
     * write the capacity unconditionally. Pinned to its losing order (it reads, a seat is bought,
     * it writes), it breaks the CHECK constraint, an error the race test refuses.
     */
    @Test
    @BrokenVariantProof(Risk.OVERSELL)
    void wouldCatchAReadThenWriteCapacityChange() {
        assertThatThrownBy(() -> raceShrinksAgainstPurchases(this::readThenWriteShrink))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("nothing but the expected refusals")
                .hasMessageContaining("course_seats_taken_within_capacity");
    }

    private void raceShrinksAgainstPurchases(Shrink shrink) throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Course course = courses.add(aCourse().withCapacity(10).withSeatsTaken(5).build());
            CyclicBarrier allReady = new CyclicBarrier(THREADS);
            CountDownLatch aSeatBought = new CountDownLatch(1);
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS / 2; i++) {
                tasks.add(() -> shrink.shrink(course.id(), 5, allReady, aSeatBought));
                tasks.add(() -> {
                    await(allReady);
                    boolean bought = seats.reserve(course.id()) == Seats.Reservation.RESERVED;
                    aSeatBought.countDown();
                    return bought;
                });
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

    /** The real change: one conditional statement in the repository. */
    private boolean conditionalShrink(CourseId id, int capacity, CyclicBarrier allReady, CountDownLatch aSeatBought) {
        await(allReady);
        try {
            courses.changeCapacity(id, capacity);
            return true;
        } catch (CapacityBelowSeatsTakenException expected) {
            return false;
        }
    }

    /** Test-only broken variant: reads the seats, decides in Java, writes unconditionally. */
    private boolean readThenWriteShrink(CourseId id, int capacity, CyclicBarrier allReady,
                                        CountDownLatch aSeatBought) throws Exception {
        int seatsTaken = column(id, "seats_taken");
        await(allReady);
        if (capacity < seatsTaken) {
            return false;
        }
        assertThat(aSeatBought.await(10, TimeUnit.SECONDS)).as("a seat was bought").isTrue();
        jdbc.sql("UPDATE course SET capacity = :capacity WHERE id = :id")
                .param("id", id.value())
                .param("capacity", capacity)
                .update();
        return true;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("not every task got ready", e);
        }
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
}
