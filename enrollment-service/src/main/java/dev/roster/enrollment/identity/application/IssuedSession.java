package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.SessionToken;
import java.time.Instant;

/** What a successful log-in hands the client: the token (shown once, never stored) and its expiry. */
public record IssuedSession(LearnerId learnerId, SessionToken token, Instant expiresAt) {
}
