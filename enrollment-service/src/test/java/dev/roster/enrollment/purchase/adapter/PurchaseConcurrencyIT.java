package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.purchase.application.CoursesOnSale;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.OrderHolds;
import dev.roster.enrollment.purchase.application.OrderPricing;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.SettlementService;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many learners buying the last seats at once, through the real purchase service on the real
 * database (the provider is a fake that succeeds).
 */
@ServiceIT
class PurchaseConcurrencyIT {

    private static final int SEATS = 50;
    private static final int BUYERS = 200;
    private static final int THREADS = 32;

    @Autowired PurchaseService purchases;
    @Autowired Courses courses;
    @Autowired CoursesOnSale catalog;
    @Autowired OrderPricing pricing;
    @Autowired Enrollments enrollments;
    @Autowired SettlementService settlement;
    @Autowired EnrollmentEvents events;
    @Autowired Transactions transactions;
    @Autowired IdGenerator ids;
    @Autowired Clock clock;
    @Autowired FakePaymentGateway provider;
    @Autowired DataSource dataSource;

    private Course course;
    private List<LearnerId> learners;

    @BeforeEach
    void aCourseAndManyLearners() {
        TestDatabase.emptied();
        course = aCourse().withCapacity(SEATS).build();
        courses.addIfAbsent(course);
        learners = new ArrayList<>();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (int i = 0; i < BUYERS; i++) {
            UUID id = new UUID(7, i);
            jdbc.sql("""
                    INSERT INTO learner (id, email, name, password_hash, created_at)
                    VALUES (:id, :email, 'Buyer', 'not-a-hash', :at)""").param("at", Timestamp.from(clock.instant()))
                    .param("id", id).param("email", "buyer" + i + "@example.com").update();
            learners.add(new LearnerId(id));
        }
    }

    @Test
    @Guards(Risk.OVERSELL)
    void sellsExactlyTheSeatsThereAreToConcurrentBuyers() throws Exception {
        Map<String, Long> outcomes = buyConcurrently(purchases, learners);

        assertThat(outcomes).containsEntry("CONFIRMED", (long) SEATS).containsEntry("course_full", (long) BUYERS - SEATS);
        assertThat(seatsTaken()).isEqualTo(SEATS);
        PurchaseInvariants.assertHold(dataSource, chargesAtTheProvider());
    }

    @Test
    @Guards(Risk.DUPLICATE_ENROLLMENT)
    void enrolsALearnerOnceWhateverTheyClickAtOnce() throws Exception {
        List<LearnerId> sameLearnerTenTimes = java.util.Collections.nCopies(10, learners.getFirst());

        Map<String, Long> outcomes = buyConcurrently(purchases, sameLearnerTenTimes);

        assertThat(outcomes).containsEntry("CONFIRMED", 1L).containsEntry("already_enrolled", 9L);
        assertThat(seatsTaken()).isEqualTo(1);
        PurchaseInvariants.assertHold(dataSource, chargesAtTheProvider());
    }

    /**
     * The same scenario with a known-broken reservation (read the count, then write count + 1):
     * the test above would catch it, because concurrent buyers then get more seats than exist.
     */
    @Test
    @BrokenVariantProof(Risk.OVERSELL)
    void wouldCatchAReadThenWriteSeatReservation() throws Exception {
        PurchaseService naive = new PurchaseService(catalog,
                new OrderHolds(new ReadThenWriteSeats(JdbcClient.create(dataSource)), pricing), enrollments, provider,
                settlement, transactions, ids, clock, Duration.ofMinutes(15));

        Map<String, Long> outcomes = buyConcurrently(naive, learners);

        assertThat(outcomes.getOrDefault("CONFIRMED", 0L)).isGreaterThan(SEATS);
        assertThat(PurchaseInvariants.violations(dataSource, chargesAtTheProvider()))
                .anySatisfy(violation -> assertThat(violation).contains("active enrollments"));
    }

    private Map<String, Long> buyConcurrently(PurchaseService service, List<LearnerId> buyers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (LearnerId buyer : buyers) {
                attempts.add(() -> {
                    start.await();
                    try {
                        return service.purchase(Purchase.of(buyer, course.id().value(), null, "tok_visa"))
                                .enrollment().status().name();
                    } catch (DomainException refused) {
                        return refused.code();
                    }
                });
            }
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> attempt : attempts) {
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private int seatsTaken() {
        return JdbcClient.create(dataSource).sql("SELECT seats_taken FROM course WHERE id = :id")
                .param("id", course.id().value()).query(Integer.class).single();
    }

    private List<ProviderChargeRecord> chargesAtTheProvider() {
        return provider.records();
    }

    /**
     * Test-only broken variant: reads the seat count, lets a group of buyers all read it too, then
     * writes the count it read plus one. Lost updates let more buyers in than there are seats.
     */
    static final class ReadThenWriteSeats implements Seats {
        private final JdbcClient jdbc;
        private final CyclicBarrier groupHasRead = new CyclicBarrier(8);

        ReadThenWriteSeats(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Reservation reserve(CourseId course) {
            var row = jdbc.sql("SELECT seats_taken, capacity FROM course WHERE id = :id")
                    .param("id", course.value()).query().singleRow();
            int taken = (Integer) row.get("seats_taken");
            int capacity = (Integer) row.get("capacity");
            try {
                groupHasRead.await(2, TimeUnit.SECONDS);
            } catch (Exception lastGroupIsSmaller) {
                // the tail of the run has fewer buyers than a group; carry on without waiting
            }
            if (taken >= capacity) {
                return Reservation.FULL;
            }
            jdbc.sql("UPDATE course SET seats_taken = :taken WHERE id = :id")
                    .param("taken", taken + 1).param("id", course.value()).update();
            return Reservation.RESERVED;
        }

        @Override
        public void release(CourseId course) {
            jdbc.sql("UPDATE course SET seats_taken = seats_taken - 1 WHERE id = :id").param("id", course.value()).update();
        }
    }
}
