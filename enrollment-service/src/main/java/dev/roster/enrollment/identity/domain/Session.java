package dev.roster.enrollment.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in learner's session, known by the hash of its token. Immutable: revoking returns a new
 * session.
 *
 * <p>A session is active from its issue until, exclusively, the earlier of its expiry and its
 * revocation: at {@code expiresAt} or at {@code revokedAt} it is already inactive. Nothing renews
 * it; revoking never extends it.
 */
public record Session(
        SessionId id,
        LearnerId learner,
        TokenHash tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> revokedAt) {

    /** How long a session lives unless told otherwise. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt (use Optional.empty())");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a session must expire after it is issued");
        }
    }

    public static Session issue(SessionId id, LearnerId learner, TokenHash hash, Instant now, Duration lifetime) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a session lifetime must be positive, was " + lifetime);
        }
        return new Session(id, learner, hash, now, now.plus(lifetime), Optional.empty());
    }

    /** A session living for {@link #LIFETIME}. */
    public static Session issue(SessionId id, LearnerId learner, TokenHash hash, Instant now) {
        return issue(id, learner, hash, now, LIFETIME);
    }

    /** False once {@code now} reaches the expiry or the revocation. */
    public boolean isActiveAt(Instant now) {
        Objects.requireNonNull(now, "now");
        boolean expired = !now.isBefore(expiresAt);
        boolean revoked = revokedAt.map(at -> !now.isBefore(at)).orElse(false);
        return !expired && !revoked;
    }

    /**
     * Revoked from {@code now} on. Revoking again keeps the first revocation, so the moment a session
     * ended never moves.
     */
    public Session revokeAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (revokedAt.isPresent()) {
            return this;
        }
        return new Session(id, learner, tokenHash, issuedAt, expiresAt, Optional.of(now));
    }
}
