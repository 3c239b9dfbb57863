package dev.roster.enrollment.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.PasswordHash;
import dev.roster.enrollment.identity.domain.Role;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link Learners} port, run against the in-memory fake ({@link InMemoryLearnersTest})
 * and JdbcLearners on PostgreSQL (JdbcLearnersContractIT). Concurrent sign-ups are JdbcLearnersIT's.
 */
public abstract class LearnersContract {

    /** The store under test, empty when the test starts. */
    protected abstract Learners learners();

    @Test
    @Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
    void addsALearnerAndFindsItByIdAndByEmail() {
        Learner ada = learner("ada@example.com", Role.ADMIN, true);

        learners().add(ada);

        assertThat(learners().findById(ada.id())).contains(ada);
        assertThat(learners().findByEmail(EmailAddress.of("ada@example.com"))).contains(ada);
        assertThat(learners().findByEmail(EmailAddress.of("bob@example.com"))).isEmpty();
        assertThat(learners().findById(new LearnerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    @Guards(Risk.DUPLICATE_SIGNUP_EMAIL)
    void refusesASecondAccountForAnEmailWhateverItsCaseAndKeepsTheFirst() {
        Learner ada = learner("ada@example.com", Role.LEARNER, false);
        learners().add(ada);

        assertThatThrownBy(() -> learners().add(learner("ADA@example.com", Role.LEARNER, false)))
                .isInstanceOf(EmailTakenException.class);

        assertThat(learners().findByEmail(EmailAddress.of("ada@example.com"))).contains(ada);
    }

    @Test
    void setsTheMemberFlagAndAnswersTheUpdatedAccount() {
        Learner ada = learner("ada@example.com", Role.LEARNER, false);
        learners().add(ada);

        assertThat(learners().setMember(ada.id(), true)).contains(ada.withMember(true));
        assertThat(learners().findById(ada.id())).contains(ada.withMember(true));
        assertThat(learners().setMember(ada.id(), false)).contains(ada);
    }

    @Test
    void setsNothingForAnUnknownLearner() {
        assertThat(learners().setMember(new LearnerId(UUID.randomUUID()), true)).isEmpty();
    }

    private static Learner learner(String email, Role role, boolean member) {
        return new Learner(new LearnerId(UUID.randomUUID()), EmailAddress.of(email), "Ada",
                new PasswordHash("$argon2id$not-a-real-hash"), role, member, Instant.parse("2026-11-21T10:00:00.123456Z"));
    }
}
