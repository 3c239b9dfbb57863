package dev.roster.enrollment.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.Session;
import dev.roster.enrollment.identity.domain.SessionId;
import dev.roster.enrollment.identity.domain.TokenHash;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link Sessions} port, run against the in-memory fake ({@link InMemorySessionsTest}) and
 * JdbcSessions on PostgreSQL (JdbcSessionsIT): found by the token's hash only, and revoked once.
 */
public abstract class SessionsContract {

    private static final Instant ISSUED = Instant.parse("2026-11-21T10:00:00.654321Z");
    private final Random random = new Random(20_261_203L);

    /** The store under test, empty when the test starts. */
    protected abstract Sessions sessions();

    /** A learner the store may refer to (a row, where the store keeps foreign keys). */
    protected abstract LearnerId aLearner();

    @Test
    @Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
    void addsASessionAndFindsItByTheHashOfItsToken() {
        Session session = Session.issue(new SessionId(UUID.randomUUID()), aLearner(), aHash(), ISSUED);

        sessions().add(session);

        assertThat(sessions().findByTokenHash(session.tokenHash())).contains(session);
        assertThat(sessions().findByTokenHash(aHash())).isEmpty();
    }

    @Test
    @Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
    void revokesASessionAtTheMomentOfTheFirstRevocation() {
        Session session = Session.issue(new SessionId(UUID.randomUUID()), aLearner(), aHash(), ISSUED);
        sessions().add(session);
        Instant first = ISSUED.plusSeconds(60);

        sessions().revoke(session.tokenHash(), first);
        sessions().revoke(session.tokenHash(), first.plusSeconds(60));

        assertThat(sessions().findByTokenHash(session.tokenHash())).get()
                .satisfies(revoked -> {
                    assertThat(revoked.revokedAt()).isEqualTo(Optional.of(first));
                    assertThat(revoked.isActiveAt(first)).isFalse();
                });
    }

    @Test
    @Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
    void revokesOnlyTheSessionOfThatToken() {
        LearnerId learner = aLearner();
        Session one = Session.issue(new SessionId(UUID.randomUUID()), learner, aHash(), ISSUED);
        Session other = Session.issue(new SessionId(UUID.randomUUID()), learner, aHash(), ISSUED);
        sessions().add(one);
        sessions().add(other);

        sessions().revoke(one.tokenHash(), ISSUED.plusSeconds(1));
        sessions().revoke(aHash(), ISSUED.plusSeconds(1));

        assertThat(sessions().findByTokenHash(other.tokenHash())).contains(other);
    }

    private TokenHash aHash() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new TokenHash(HexFormat.of().formatHex(bytes));
    }
}
