package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory fake of {@link Enrollments}, keeping its promises (one active per learner and course, guarded transitions). */
public class InMemoryEnrollments implements Enrollments {

    private final Map<EnrollmentId, Enrollment> byId = new LinkedHashMap<>();
    private final Set<EnrollmentId> refundPending = new HashSet<>();

    @Override
    public synchronized void add(Enrollment enrollment) {
        if (hasActive(enrollment.learnerId(), enrollment.courseId())) {
            throw new PurchaseRefusedException("already_enrolled");
        }
        byId.put(enrollment.id(), enrollment);
    }

    @Override
    public synchronized Optional<Enrollment> findById(EnrollmentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized boolean hasActive(LearnerId learner, CourseId course) {
        return byId.values().stream().anyMatch(e -> e.learnerId().equals(learner) && e.courseId().equals(course)
                && e.status().holdsASeat());
    }

    @Override
    public synchronized Page<Enrollment> ofLearner(LearnerId learner, PageRequest request) {
        List<Enrollment> mine = byId.values().stream().filter(e -> e.learnerId().equals(learner))
                .sorted(Comparator.comparing(Enrollment::createdAt).reversed()).toList();
        return new Page<>(mine.stream().skip(request.offset()).limit(request.size()).toList(), request.page(),
                request.size(), mine.size());
    }

    @Override
    public synchronized boolean transition(Enrollment current, Enrollment next, Instant now) {
        Enrollment stored = byId.get(current.id());
        if (stored == null || stored.status() != current.status()) {
            return false;
        }
        byId.put(next.id(), next);
        return true;
    }

    @Override
    public synchronized List<Enrollment> claimPending(Instant now, Duration minAge, Duration lease, int limit) {
        return byId.values().stream().filter(e -> e.status() == EnrollmentStatus.PENDING_PAYMENT)
                .filter(e -> !e.createdAt().isAfter(now.minus(minAge))).limit(limit).toList();
    }

    @Override
    public synchronized void markRefundPending(EnrollmentId id, Instant now) {
        refundPending.add(id);
    }

    @Override
    public synchronized void markRefunded(EnrollmentId id, String refundId, Instant now) {
        refundPending.remove(id);
    }

    @Override
    public synchronized List<Enrollment> claimPendingRefunds(Instant now, Duration lease, int limit) {
        return new ArrayList<>(refundPending.stream().map(byId::get).limit(limit).toList());
    }

    @Override
    public synchronized boolean recordChargeToRefund(EnrollmentId id, String chargeId, Instant now) {
        Enrollment stored = byId.get(id);
        if (stored == null || stored.chargeId().isPresent()
                || (stored.status() != EnrollmentStatus.REJECTED && stored.status() != EnrollmentStatus.EXPIRED)) {
            return false;
        }
        byId.put(id, new Enrollment(stored.id(), stored.learnerId(), stored.courseId(), stored.status(), stored.price(),
                stored.couponCode(), stored.createdAt(), stored.holdExpiresAt(), Optional.of(chargeId),
                stored.confirmedAt(), stored.reason()));
        refundPending.add(id);
        return true;
    }

    @Override
    public synchronized List<Enrollment> claimExpiredUnpaid(Instant now, Duration window, Duration lease, int limit) {
        return byId.values().stream().filter(e -> e.status() == EnrollmentStatus.EXPIRED && e.chargeId().isEmpty())
                .limit(limit).toList();
    }

    public synchronized boolean refundPending(EnrollmentId id) {
        return refundPending.contains(id);
    }
}
