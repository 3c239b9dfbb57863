package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.Session;
import dev.roster.enrollment.identity.domain.TokenHash;
import java.time.Instant;
import java.util.Optional;

/** The store of sessions, found by the hash of their token (port). */
public interface Sessions {

    void add(Session session);

    Optional<Session> findByTokenHash(TokenHash hash);

    /** Marks the session revoked at {@code now} unless it already was. */
    void revoke(TokenHash hash, Instant now);
}
