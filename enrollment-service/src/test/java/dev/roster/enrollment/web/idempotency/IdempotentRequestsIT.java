package dev.roster.enrollment.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.MutableClock;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

@Guards(Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN)
class IdempotentRequestsIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final IdempotencyKey key = new IdempotencyKey("checkout-1");
    private IdempotentRequests requests;
    private final UUID learner = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @BeforeEach
    void twoLearners() {
        DataSource database = TestDatabase.emptied().dataSource();
        for (UUID id : new UUID[] {learner, bob}) {
            JdbcClient.create(database).sql("""
                    INSERT INTO learner (id, email, name, password_hash, created_at)
                    VALUES (:id, :email, 'Learner', 'not-a-hash', :at)""").param("at", Timestamp.from(clock.instant()))
                    .param("id", id).param("email", id + "@example.com").update();
        }
        requests = new IdempotentRequests(JdbcClient.create(database), clock);
    }

    @Test
    void tellsASecondRequestThatTheFirstIsStillRunning() {
        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotentRequests.Fresh.class);

        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotentRequests.InProgress.class);
    }

    @Test
    void replaysTheStoredAnswerAndRefusesAnotherRequestUnderTheKey() {
        requests.claim(learner, key, "fingerprint");
        requests.complete(learner, key, 201, "{\"id\":\"x\"}");

        assertThat(requests.claim(learner, key, "fingerprint")).isEqualTo(new IdempotentRequests.Replay(201, "{\"id\":\"x\"}"));
        assertThat(requests.claim(learner, key, "other")).isInstanceOf(IdempotentRequests.Mismatch.class);
    }

    @Test
    void resumesFromTheEnrollmentOfARequestThatDiedAfterReserving() {
        UUID enrollment = UUID.randomUUID();
        requests.claim(learner, key, "fingerprint");
        requests.attach(learner, key, enrollment);

        clock.advance(IdempotentRequests.LEASE);

        assertThat(requests.claim(learner, key, "fingerprint")).isEqualTo(new IdempotentRequests.Resume(enrollment));
    }

    @Test
    void forgetsAKeyAbandonedBeforeAnyReservation() {
        requests.claim(learner, key, "fingerprint");
        requests.abandon(learner, key);

        assertThat(requests.claim(learner, key, "another body now")).isInstanceOf(IdempotentRequests.Fresh.class);
    }

    @Test
    void keepsKeysForTwentyFourHours() {
        requests.claim(learner, key, "fingerprint");
        requests.complete(learner, key, 201, "{}");

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(requests.purge()).isZero();
        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotentRequests.Replay.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(requests.purge()).isEqualTo(1);
        assertThat(requests.claim(learner, key, "fingerprint")).isInstanceOf(IdempotentRequests.Fresh.class);
    }

    @Test
    void scopesKeysToTheirLearner() {
        requests.claim(learner, key, "fingerprint");

        assertThat(requests.claim(bob, key, "another body")).isInstanceOf(IdempotentRequests.Fresh.class);
    }
}
