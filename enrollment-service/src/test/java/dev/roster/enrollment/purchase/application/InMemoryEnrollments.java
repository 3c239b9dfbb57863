package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * In-memory fake of {@link Enrollments}, keeping the promises {@link EnrollmentsContract} holds JdbcEnrollments
 * to: one active enrollment per learner and course, guarded transitions, and claims that honour leases
 * exactly as the SQL does (a claimed row is skipped until its lease has ended; settling or refunding a row
 * ends its lease). Single-threaded, like the application tests that use it.
 */
public class InMemoryEnrollments implements Enrollments, Snapshotting {

    private enum Refund { NONE, PENDING, REFUNDED }

    /** A stored row: the enrollment and the columns the SQL keeps beside it. */
    private record Row(Enrollment enrollment, Instant updatedAt, Instant leaseUntil, Refund refund) {

        Row with(Enrollment next, Instant now) {
            return new Row(next, now, null, refund);
        }

        boolean free(Instant now) {
            return leaseUntil == null || leaseUntil.isBefore(now);
        }
    }

    private Map<EnrollmentId, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized void add(Enrollment enrollment) {
        if (hasActive(enrollment.learnerId(), enrollment.courseId())) {
            throw new PurchaseRefusedException("already_enrolled");
        }
        if (rows.containsKey(enrollment.id())) {
            throw new IllegalStateException("enrollment " + enrollment.id() + " exists already");
        }
        rows.put(enrollment.id(), new Row(enrollment, enrollment.createdAt(), null, Refund.NONE));
    }

    @Override
    public synchronized Optional<Enrollment> findById(EnrollmentId id) {
        return Optional.ofNullable(rows.get(id)).map(Row::enrollment);
    }

    @Override
    public synchronized boolean hasActive(LearnerId learner, CourseId course) {
        return rows.values().stream().map(Row::enrollment).anyMatch(e -> e.learnerId().equals(learner)
                && e.courseId().equals(course) && e.status().holdsASeat());
    }

    @Override
    public synchronized Page<Enrollment> ofLearner(LearnerId learner, PageRequest request) {
        List<Enrollment> mine = rows.values().stream().map(Row::enrollment).filter(e -> e.learnerId().equals(learner))
                .sorted(Comparator.comparing(Enrollment::createdAt).thenComparing(e -> e.id().value()).reversed())
                .toList();
        return new Page<>(mine.stream().skip(request.offset()).limit(request.size()).toList(), request.page(),
                request.size(), mine.size());
    }

    @Override
    public synchronized boolean transition(Enrollment current, Enrollment next, Instant now) {
        Row stored = rows.get(current.id());
        if (stored == null || stored.enrollment().status() != current.status()) {
            return false;
        }
        rows.put(next.id(), stored.with(next, now));
        return true;
    }

    @Override
    public synchronized List<Enrollment> claimPending(Instant now, Duration minAge, Duration lease, int limit) {
        Instant youngest = now.minus(minAge);
        return claim(row -> row.enrollment().status() == EnrollmentStatus.PENDING_PAYMENT
                && !row.enrollment().createdAt().isAfter(youngest), row -> row.enrollment().createdAt(), now, lease, limit);
    }

    @Override
    public synchronized void markRefundPending(EnrollmentId id, Instant now) {
        rows.computeIfPresent(id, (key, row) -> new Row(row.enrollment(), now, row.leaseUntil(), Refund.PENDING));
    }

    @Override
    public synchronized void markRefunded(EnrollmentId id, String refundId, Instant now) {
        rows.computeIfPresent(id, (key, row) -> new Row(row.enrollment(), now, null, Refund.REFUNDED));
    }

    @Override
    public synchronized List<Enrollment> claimPendingRefunds(Instant now, Duration lease, int limit) {
        return claim(row -> row.refund() == Refund.PENDING && row.enrollment().chargeId().isPresent(),
                Row::updatedAt, now, lease, limit);
    }

    @Override
    public synchronized boolean recordChargeToRefund(EnrollmentId id, String chargeId, Instant now) {
        Row row = rows.get(id);
        if (row == null) {
            return false;
        }
        Enrollment stored = row.enrollment();
        if (stored.chargeId().isPresent()
                || (stored.status() != EnrollmentStatus.REJECTED && stored.status() != EnrollmentStatus.EXPIRED)) {
            return false;
        }
        Enrollment charged = new Enrollment(stored.id(), stored.learnerId(), stored.courseId(), stored.status(),
                stored.price(), stored.couponCode(), stored.createdAt(), stored.holdExpiresAt(), Optional.of(chargeId),
                stored.confirmedAt(), stored.reason());
        rows.put(id, new Row(charged, now, null, Refund.PENDING));
        return true;
    }

    @Override
    public synchronized List<Enrollment> claimExpiredUnpaid(Instant now, Duration window, Duration lease, int limit) {
        Instant oldest = now.minus(window);
        return claim(row -> row.enrollment().status() == EnrollmentStatus.EXPIRED
                && row.enrollment().chargeId().isEmpty() && row.updatedAt().isAfter(oldest),
                Row::updatedAt, now, lease, limit);
    }

    /** As the SQL: the rows matching, free of a lease, oldest first, up to the limit, leased until now + lease. */
    private List<Enrollment> claim(Predicate<Row> matching, Function<Row, Instant> age, Instant now, Duration lease,
                                   int limit) {
        List<Row> claimed = rows.values().stream().filter(matching).filter(row -> row.free(now))
                .sorted(Comparator.comparing(age)).limit(limit).toList();
        claimed.forEach(row -> rows.put(row.enrollment().id(),
                new Row(row.enrollment(), row.updatedAt(), now.plus(lease), row.refund())));
        return claimed.stream().map(Row::enrollment).toList();
    }

    public synchronized boolean refundPending(EnrollmentId id) {
        Row row = rows.get(id);
        return row != null && row.refund() == Refund.PENDING;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<EnrollmentId, Row> saved = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows = new LinkedHashMap<>(saved);
            }
        };
    }
}
