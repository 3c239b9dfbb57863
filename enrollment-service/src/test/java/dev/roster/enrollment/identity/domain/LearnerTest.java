package dev.roster.enrollment.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LearnerTest {

    private static Learner learner(Role role) {
        return new Learner(new LearnerId(new UUID(0, 1)), EmailAddress.of("ada@example.com"), "Ada",
                new PasswordHash("$argon2id$secret-hash"), role, false, Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void isAdminOnlyWithTheAdminRole() {
        assertThat(learner(Role.ADMIN).isAdmin()).isTrue();
        assertThat(learner(Role.LEARNER).isAdmin()).isFalse();
    }

    @Test
    void changesOnlyTheMemberFlag() {
        Learner learner = learner(Role.LEARNER);

        Learner member = learner.withMember(true);

        assertThat(member.member()).isTrue();
        assertThat(member).usingRecursiveComparison().ignoringFields("member").isEqualTo(learner);
    }

    @Test
    @Guards(Risk.SECRET_IN_LOGS)
    void neverPrintsThePasswordHash() {
        assertThat(learner(Role.LEARNER).toString()).doesNotContain("secret-hash");
        assertThat(new PasswordHash("$argon2id$secret-hash")).hasToString("PasswordHash[***]");
    }

    @Test
    void printsIdsAsTheirUuid() {
        UUID uuid = UUID.fromString("01a1fc91-9f25-701c-9ff1-52d65428da53");

        assertThat(new LearnerId(uuid)).hasToString("01a1fc91-9f25-701c-9ff1-52d65428da53");
        assertThat(new SessionId(uuid)).hasToString("01a1fc91-9f25-701c-9ff1-52d65428da53");
    }
}
