package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.Sessions;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.Session;
import dev.roster.enrollment.identity.domain.SessionId;
import dev.roster.enrollment.identity.domain.TokenHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSessions implements Sessions {

    private final JdbcClient jdbc;

    JdbcSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Session session) {
        jdbc.sql("""
                        INSERT INTO learner_session (id, learner_id, token_hash, issued_at, expires_at, revoked_at)
                        VALUES (:id, :learnerId, :tokenHash, :issuedAt, :expiresAt, :revokedAt)""")
                .param("id", session.id().value())
                .param("learnerId", session.learner().value())
                .param("tokenHash", session.tokenHash().value())
                .param("issuedAt", Timestamp.from(session.issuedAt()))
                .param("expiresAt", Timestamp.from(session.expiresAt()))
                .param("revokedAt", session.revokedAt().map(Timestamp::from).orElse(null))
                .update();
    }

    @Override
    public Optional<Session> findByTokenHash(TokenHash hash) {
        return jdbc.sql("""
                        SELECT id, learner_id, token_hash, issued_at, expires_at, revoked_at
                          FROM learner_session WHERE token_hash = :tokenHash""")
                .param("tokenHash", hash.value())
                .query(JdbcSessions::toSession)
                .optional();
    }

    @Override
    public void revoke(TokenHash hash, Instant now) {
        jdbc.sql("UPDATE learner_session SET revoked_at = :now WHERE token_hash = :tokenHash AND revoked_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("tokenHash", hash.value())
                .update();
    }

    private static Session toSession(ResultSet rs, int row) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new Session(
                new SessionId(rs.getObject("id", UUID.class)),
                new LearnerId(rs.getObject("learner_id", UUID.class)),
                new TokenHash(rs.getString("token_hash")),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                Optional.ofNullable(revokedAt).map(Timestamp::toInstant));
    }
}
