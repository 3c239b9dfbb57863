package dev.roster.enrollment.purchase.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link IdempotencyKeys} port, run against the in-memory fake
 * ({@link InMemoryIdempotencyKeysTest}) and the real adapter on PostgreSQL (JdbcIdempotencyKeysIT), so
 * the application tests' fake means what the adapter does.
 */
public abstract class IdempotencyKeysContract {

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final IdempotencyKey key = new IdempotencyKey("checkout-1");
    private final LearnerId learner = new LearnerId(UUID.randomUUID());
    private final LearnerId bob = new LearnerId(UUID.randomUUID());
    private IdempotencyKeys requests;

    /** The keys under test, on an empty store that knows these learners, reading {@link #clock}. */
    protected abstract IdempotencyKeys keysOf(List<LearnerId> learners);

    @BeforeEach
    void twoLearners() {
        requests = keysOf(List.of(learner, bob));
    }

    @Test
    void tellsASecondRequestThatTheFirstIsStillRunning() {
        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotencyKeys.Fresh.class);

        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotencyKeys.InProgress.class);
    }

    @Test
    void replaysTheStoredAnswerAndRefusesAnotherRequestUnderTheKey() {
        requests.claim(learner, key, "fingerprint");
        PurchaseAnswer answer = new PurchaseAnswer(201, Optional.of("/api/v1/enrollments/x"), "{\"id\":\"x\"}");
        requests.complete(learner, key, answer);

        assertThat(requests.claim(learner, key, "fingerprint")).isEqualTo(new IdempotencyKeys.Replay(answer));
        assertThat(requests.claim(learner, key, "other")).isInstanceOf(IdempotencyKeys.Mismatch.class);
    }

    @Test
    void replaysAnAnswerWithoutALocationWithoutOne() {
        PurchaseAnswer declined = new PurchaseAnswer(402, Optional.empty(), "{\"code\":\"payment_declined\"}");
        requests.claim(learner, key, "fingerprint");
        requests.complete(learner, key, declined);

        assertThat(requests.claim(learner, key, "fingerprint")).isEqualTo(new IdempotencyKeys.Replay(declined));
    }

    @Test
    void resumesFromTheEnrollmentOfARequestThatDiedAfterReserving() {
        EnrollmentId enrollment = new EnrollmentId(UUID.randomUUID());
        requests.claim(learner, key, "fingerprint");
        requests.attach(learner, key, enrollment);

        clock.advance(IdempotencyKeys.LEASE);

        assertThat(requests.claim(learner, key, "fingerprint")).isEqualTo(new IdempotencyKeys.Resume(enrollment));
    }

    @Test
    void forgetsAKeyAbandonedBeforeAnyReservation() {
        requests.claim(learner, key, "fingerprint");
        requests.abandon(learner, key);

        assertThat(requests.claim(learner, key, "another body now")).isInstanceOf(IdempotencyKeys.Fresh.class);
    }

    @Test
    void keepsKeysForTwentyFourHours() {
        requests.claim(learner, key, "fingerprint");
        requests.complete(learner, key, new PurchaseAnswer(201, Optional.empty(), "{}"));

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(requests.sweep()).isZero();
        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotencyKeys.Replay.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(requests.sweep()).isEqualTo(1);
        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotencyKeys.Fresh.class);
    }

    @Test
    void scopesKeysToTheirLearner() {
        requests.claim(learner, key, "fingerprint");

        assertThat(requests.claim(bob, key, "another body")).isInstanceOf(IdempotencyKeys.Fresh.class);
    }
}
