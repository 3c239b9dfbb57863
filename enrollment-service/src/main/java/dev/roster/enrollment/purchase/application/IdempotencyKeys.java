package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import java.time.Duration;

/**
 * Idempotency keys of purchase requests, per learner (port), after Stripe and the IETF
 * Idempotency-Key draft: the first request with a key claims it, the same key with the same request
 * replays the stored answer, another request under the key is refused, and a request still running
 * makes a second one wait its turn. Each method runs inside the caller's transaction.
 */
public interface IdempotencyKeys {

    /** How long a key and its answer are kept. */
    Duration RETENTION = Duration.ofHours(24);
    /** How long a claim holds before another request may take over a crashed one's key. */
    Duration LEASE = Duration.ofSeconds(60);

    sealed interface Claim {
    }

    /** The key is ours: do the work. */
    record Fresh() implements Claim {
    }

    /** The work was done before: answer exactly this. */
    record Replay(PurchaseAnswer answer) implements Claim {
    }

    /** Another request with this key is running. */
    record InProgress() implements Claim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Claim {
    }

    /** A request with this key crashed after reserving; answer from the enrollment's current state. */
    record Resume(EnrollmentId enrollmentId) implements Claim {
    }

    /**
     * Claims the key for a request with this fingerprint, forgetting it first if it is past the
     * retention; takes over a claim whose lease lapsed. Judged under the key's row lock, so of two
     * requests at once exactly one gets the key.
     */
    Claim claim(LearnerId learner, IdempotencyKey key, String fingerprint);

    /** Ties the key to the enrollment, inside the reservation's transaction: both commit or neither. */
    void attach(LearnerId learner, IdempotencyKey key, EnrollmentId enrollment);

    /** Stores the answer and ends the claim: from now on the key replays it. */
    void complete(LearnerId learner, IdempotencyKey key, PurchaseAnswer answer);

    /**
     * The work failed before it had an answer. Without an enrollment the key is forgotten, so a
     * retry runs afresh; with one, the claim lapses at once, so a retry resumes from it.
     */
    void abandon(LearnerId learner, IdempotencyKey key);

    /** Forgets keys past the retention; the scheduled sweep calls this. */
    int sweep();
}
