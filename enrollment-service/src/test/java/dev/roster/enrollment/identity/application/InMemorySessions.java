package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.Session;
import dev.roster.enrollment.identity.domain.TokenHash;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory fake of {@link Sessions}. */
public class InMemorySessions implements Sessions {

    private final Map<TokenHash, Session> byHash = new HashMap<>();

    @Override
    public void add(Session session) {
        byHash.put(session.tokenHash(), session);
    }

    @Override
    public Optional<Session> findByTokenHash(TokenHash hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    @Override
    public void revoke(TokenHash hash, Instant now) {
        byHash.computeIfPresent(hash, (h, session) -> session.revokeAt(now));
    }

    public int count() {
        return byHash.size();
    }
}
