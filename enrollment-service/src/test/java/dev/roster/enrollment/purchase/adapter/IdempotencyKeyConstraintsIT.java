package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.testsupport.SqlViolations.CHECK_VIOLATION;
import static dev.roster.enrollment.testsupport.SqlViolations.FOREIGN_KEY_VIOLATION;
import static dev.roster.enrollment.testsupport.SqlViolations.UNIQUE_VIOLATION;
import static dev.roster.enrollment.testsupport.SqlViolations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The idempotency_key table (V5): the primary key (learner, key) is what lets exactly one of two
 * concurrent requests with one key claim it, and its state is one of two. Raw SQL on purpose.
 */
@Guards(Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE)
class IdempotencyKeyConstraintsIT {

    private JdbcClient jdbc;
    private UUID learner;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(TestDatabase.emptied().dataSource());
        learner = aLearner();
    }

    @ParameterizedTest(name = "state {0} violates idempotency_key_state_known")
    @ValueSource(strings = {"DONE", "in_progress", "", "FAILED"})
    void refusesAnUnknownState(String state) {
        assertThatThrownBy(() -> insert(learner, "key-1", state))
                .satisfies(e -> assertViolation(e, CHECK_VIOLATION, "idempotency_key_state_known"));
    }

    @Test
    @Guards({Risk.INVARIANT_NOT_ENFORCED_BY_DATABASE, Risk.RETRY_DOUBLE_CHARGE})
    void refusesASecondClaimOfOneKeyByOneLearner() {
        insert(learner, "key-1", "IN_PROGRESS");

        assertThatThrownBy(() -> insert(learner, "key-1", "COMPLETED"))
                .satisfies(e -> assertViolation(e, UNIQUE_VIOLATION, "idempotency_key_pkey"));
    }

    @Test
    void acceptsOneKeyForTwoLearnersAndTwoKeysForOne() {
        insert(learner, "key-1", "IN_PROGRESS");
        insert(aLearner(), "key-1", "IN_PROGRESS");
        insert(learner, "key-2", "COMPLETED");

        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void refusesAKeyOfALearnerThatDoesNotExistAndGoesWithItsLearner() {
        assertThatThrownBy(() -> insert(UUID.randomUUID(), "key-1", "IN_PROGRESS"))
                .satisfies(e -> assertViolation(e, FOREIGN_KEY_VIOLATION, "idempotency_key_learner_id_fkey"));

        insert(learner, "key-1", "COMPLETED");
        jdbc.sql("DELETE FROM learner WHERE id = :id").param("id", learner).update();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key").query(Integer.class).single()).isZero();
    }

    private void insert(UUID learnerId, String key, String state) {
        jdbc.sql("""
                        INSERT INTO idempotency_key (learner_id, key, fingerprint, state, created_at)
                        VALUES (:learner, :key, repeat('f', 64), :state, now())""")
                .param("learner", learnerId).param("key", key).param("state", state).update();
    }

    private UUID aLearner() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO learner (id, email, name, password_hash, created_at) VALUES (:id, :email, 'L', 'x', now())")
                .param("id", id).param("email", id + "@example.com").update();
        return id;
    }
}
