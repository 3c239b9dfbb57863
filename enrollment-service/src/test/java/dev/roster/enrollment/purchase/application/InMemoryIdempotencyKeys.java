package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * An in-memory fake of the {@link IdempotencyKeys} port that keeps its promises (IdempotencyKeysContract):
 * claim, replay, mismatch, lease and takeover, abandon and retention as the table does. A rolled-back
 * transaction ({@link Snapshotting}) puts the keys back, so an attach undone with its reservation is
 * undone here too. Single-threaded, like the application tests that use it.
 */
public class InMemoryIdempotencyKeys implements IdempotencyKeys, Snapshotting {

    private record Id(LearnerId learner, String key) {
    }

    private record Entry(String fingerprint, Instant lockedUntil, EnrollmentId enrollment, PurchaseAnswer answer,
                         Instant createdAt) {

        Entry lockedUntil(Instant until) {
            return new Entry(fingerprint, until, enrollment, answer, createdAt);
        }
    }

    private final Clock clock;
    private Map<Id, Entry> entries = new HashMap<>();

    public InMemoryIdempotencyKeys(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Claim claim(LearnerId learner, IdempotencyKey key, String fingerprint) {
        Instant now = clock.instant();
        Id id = new Id(learner, key.value());
        entries.computeIfPresent(id, (k, entry) -> entry.createdAt().isAfter(now.minus(RETENTION)) ? entry : null);
        Entry entry = entries.get(id);
        if (entry == null) {
            entries.put(id, new Entry(fingerprint, now.plus(LEASE), null, null, now));
            return new Fresh();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        if (entry.answer() != null) {
            return new Replay(entry.answer());
        }
        if (entry.lockedUntil() != null && entry.lockedUntil().isAfter(now)) {
            return new InProgress();
        }
        entries.put(id, entry.lockedUntil(now.plus(LEASE)));
        return entry.enrollment() == null ? new Fresh() : new Resume(entry.enrollment());
    }

    @Override
    public void attach(LearnerId learner, IdempotencyKey key, EnrollmentId enrollment) {
        entries.computeIfPresent(new Id(learner, key.value()),
                (id, e) -> new Entry(e.fingerprint(), e.lockedUntil(), enrollment, e.answer(), e.createdAt()));
    }

    @Override
    public void complete(LearnerId learner, IdempotencyKey key, PurchaseAnswer answer) {
        entries.computeIfPresent(new Id(learner, key.value()),
                (id, e) -> new Entry(e.fingerprint(), null, e.enrollment(), answer, e.createdAt()));
    }

    @Override
    public void abandon(LearnerId learner, IdempotencyKey key) {
        entries.computeIfPresent(new Id(learner, key.value()),
                (id, e) -> e.enrollment() == null ? null : e.lockedUntil(null));
    }

    @Override
    public int sweep() {
        Instant cutoff = clock.instant().minus(RETENTION);
        int before = entries.size();
        entries.values().removeIf(entry -> !entry.createdAt().isAfter(cutoff));
        return before - entries.size();
    }

    @Override
    public Runnable snapshot() {
        Map<Id, Entry> saved = new HashMap<>(entries);
        return () -> entries = new HashMap<>(saved);
    }
}
