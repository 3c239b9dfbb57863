package dev.roster.enrollment.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
class SessionTest {

    private static final Instant ISSUED = Instant.parse("2027-03-01T09:00:00Z");
    private static final TokenHash HASH =
            new TokenHash("10d1e4a3e0c88ea31fabf0393673e9e6867e05fd2d9b1d103f1b4b82ea6ea645");

    private final Session session = Session.issue(
            new SessionId(UUID.fromString("0195f2a0-0000-7000-8000-000000000001")),
            new LearnerId(UUID.fromString("0195f2a0-0000-7000-8000-000000000002")),
            HASH, ISSUED);

    @Test
    void livesOneHourByDefault() {
        assertThat(Session.LIFETIME).isEqualTo(Duration.ofHours(1));
        assertThat(session.issuedAt()).isEqualTo(Instant.parse("2027-03-01T09:00:00Z"));
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2027-03-01T10:00:00Z"));
        assertThat(session.revokedAt()).isEmpty();
    }

    @Test
    void isActiveFromIssueUntilJustBeforeExpiry() {
        assertThat(session.isActiveAt(Instant.parse("2027-03-01T09:00:00Z"))).isTrue();
        assertThat(session.isActiveAt(Instant.parse("2027-03-01T09:59:59.999999999Z"))).isTrue();
    }

    @Test
    void isInactiveExactlyAtExpiryAndAfter() {
        assertThat(session.isActiveAt(Instant.parse("2027-03-01T10:00:00Z"))).isFalse();
        assertThat(session.isActiveAt(Instant.parse("2027-03-01T10:00:00.000000001Z"))).isFalse();
        assertThat(session.isActiveAt(Instant.parse("2027-03-02T09:00:00Z"))).isFalse();
    }

    @Test
    void isInactiveFromTheMomentItIsRevoked() {
        Session revoked = session.revokeAt(Instant.parse("2027-03-01T09:30:00Z"));

        assertThat(revoked.revokedAt()).contains(Instant.parse("2027-03-01T09:30:00Z"));
        assertThat(revoked.isActiveAt(Instant.parse("2027-03-01T09:29:59.999999999Z"))).isTrue();
        assertThat(revoked.isActiveAt(Instant.parse("2027-03-01T09:30:00Z"))).isFalse();
        assertThat(revoked.isActiveAt(Instant.parse("2027-03-01T09:45:00Z"))).isFalse();
        assertThat(session.isActiveAt(Instant.parse("2027-03-01T09:45:00Z")))
                .as("the original is unchanged").isTrue();
    }

    @Test
    void staysRevokedFromTheFirstRevocation() {
        Session revoked = session.revokeAt(Instant.parse("2027-03-01T09:30:00Z"))
                .revokeAt(Instant.parse("2027-03-01T09:50:00Z"));

        assertThat(revoked.revokedAt()).contains(Instant.parse("2027-03-01T09:30:00Z"));
        assertThat(revoked.isActiveAt(Instant.parse("2027-03-01T09:40:00Z"))).isFalse();
    }

    @Test
    void revokingAnExpiredSessionDoesNotResurrectIt() {
        Session revokedLate = session.revokeAt(Instant.parse("2027-03-01T10:30:00Z"));

        assertThat(revokedLate.expiresAt()).isEqualTo(Instant.parse("2027-03-01T10:00:00Z"));
        assertThat(revokedLate.isActiveAt(Instant.parse("2027-03-01T10:15:00Z"))).isFalse();
        assertThat(revokedLate.isActiveAt(Instant.parse("2027-03-01T10:30:00Z"))).isFalse();
        assertThat(revokedLate.isActiveAt(Instant.parse("2027-03-01T11:00:00Z"))).isFalse();
    }

    @Test
    void takesAnExplicitLifetime() {
        Session shortLived = Session.issue(session.id(), session.learner(), HASH, ISSUED, Duration.ofMinutes(5));

        assertThat(shortLived.expiresAt()).isEqualTo(Instant.parse("2027-03-01T09:05:00Z"));
        assertThat(shortLived.isActiveAt(Instant.parse("2027-03-01T09:05:00Z"))).isFalse();
    }

    @Test
    void refusesALifetimeThatIsNotPositive() {
        assertThatThrownBy(() -> Session.issue(session.id(), session.learner(), HASH, ISSUED, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Session.issue(session.id(), session.learner(), HASH, ISSUED, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
