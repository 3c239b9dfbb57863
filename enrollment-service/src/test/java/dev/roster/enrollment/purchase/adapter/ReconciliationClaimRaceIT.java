package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances' reconciliation runs claim pending enrollments at the same moment. Each claim runs
 * in its own transaction and both meet at a barrier after choosing their rows and before either
 * commits, so the overlap is forced on every run: no enrollment may be handed to both.
 */
@ServiceIT
class ReconciliationClaimRaceIT {

    private static final int PENDING = 20;
    private static final int BATCH = 15;
    private static final Duration MIN_AGE = Duration.ofSeconds(30);
    private static final Duration LEASE = Duration.ofMinutes(1);

    @Autowired PurchaseService purchases;
    @Autowired Enrollments enrollments;
    @Autowired Transactions transactions;
    @Autowired Courses courses;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    /** One instance's claim; it waits at {@code bothChose} once it has chosen its rows. */
    private interface Claimer {
        List<EnrollmentId> claim(Instant now, CyclicBarrier bothChose);
    }

    @BeforeEach
    void pendingEnrollmentsOldEnoughToReconcile() {
        TestDatabase.emptied();
        Course course = aCourse().withCapacity(100).build();
        courses.addIfAbsent(course);
        for (int i = 0; i < PENDING; i++) {
            UUID learner = new UUID(0xc1, i);
            jdbc.sql("""
                    INSERT INTO learner (id, email, name, password_hash, created_at)
                    VALUES (:id, :email, 'Learner', 'not-a-hash', :at)""").param("at", Timestamp.from(clock.instant()))
                    .param("id", learner).param("email", "claim" + i + "@example.com").update();
            purchases.purchase(Purchase.of(new LearnerId(learner), course.id().value(), null, "tok_slow"));
        }
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    @Guards(Risk.RECONCILIATION_CLAIMED_TWICE)
    void neverHandsOneEnrollmentToTwoInstancesAtOnce() throws Exception {
        assertClaimedOnceEach(twoInstancesClaimAtOnce(this::realClaim));
        assertThat(enrollments.claimPending(clock.instant(), MIN_AGE, LEASE, 50))
                .as("leased rows stay claimed until the lease ends").isEmpty();
    }

    @Test
    @BrokenVariantProof(Risk.RECONCILIATION_CLAIMED_TWICE)
    void wouldCatchAClaimThatSelectsWithoutRowLocksThenLeases() throws Exception {
        UnlockedClaim unlocked = new UnlockedClaim(jdbc);
        Claimer selectThenUpdate = (now, bothChose) -> {
            List<UUID> chosen = unlocked.select(now, MIN_AGE, BATCH);
            DelegatingEnrollments.await(bothChose);
            return unlocked.lease(chosen, now, LEASE);
        };

        List<List<EnrollmentId>> claims = twoInstancesClaimAtOnce(selectThenUpdate);

        assertThatThrownBy(() -> assertClaimedOnceEach(claims)).isInstanceOf(AssertionError.class);
    }

    private List<EnrollmentId> realClaim(Instant now, CyclicBarrier bothChose) {
        List<EnrollmentId> claimed = enrollments.claimPending(now, MIN_AGE, LEASE, BATCH).stream()
                .map(Enrollment::id).toList();
        DelegatingEnrollments.await(bothChose);
        return claimed;
    }

    private List<List<EnrollmentId>> twoInstancesClaimAtOnce(Claimer claimer) throws Exception {
        CyclicBarrier bothChose = new CyclicBarrier(2);
        Instant now = clock.instant();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<EnrollmentId>> first = pool.submit(
                    () -> transactions.inTransaction(() -> claimer.claim(now, bothChose)));
            Future<List<EnrollmentId>> second = pool.submit(
                    () -> transactions.inTransaction(() -> claimer.claim(now, bothChose)));
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertClaimedOnceEach(List<List<EnrollmentId>> claims) {
        Set<EnrollmentId> claimedByFirst = new HashSet<>(claims.get(0));
        assertThat(claims.get(1)).as("claimed by both instances").doesNotContainAnyElementsOf(claimedByFirst);
        assertThat(claims.get(0).size() + claims.get(1).size()).as("every pending enrollment claimed")
                .isEqualTo(PENDING);
    }
}
