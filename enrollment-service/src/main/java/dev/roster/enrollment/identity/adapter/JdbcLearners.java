package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.EmailTakenException;
import dev.roster.enrollment.identity.application.Learners;
import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.PasswordHash;
import dev.roster.enrollment.identity.domain.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLearners implements Learners {

    private static final String COLUMNS = "id, email, name, password_hash, role, member, created_at";

    private final JdbcClient jdbc;

    JdbcLearners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Learner learner) {
        try {
            jdbc.sql("""
                            INSERT INTO learner (id, email, name, password_hash, role, member, created_at)
                            VALUES (:id, :email, :name, :passwordHash, :role, :member, :createdAt)""")
                    .param("id", learner.id().value())
                    .param("email", learner.email().value())
                    .param("name", learner.name())
                    .param("passwordHash", learner.passwordHash().encoded())
                    .param("role", learner.role().name())
                    .param("member", learner.member())
                    .param("createdAt", Timestamp.from(learner.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            // the unique index on lower(email) decides, even between concurrent sign-ups
            throw new EmailTakenException();
        }
    }

    @Override
    public Optional<Learner> findById(LearnerId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learner WHERE id = :id")
                .param("id", id.value())
                .query(JdbcLearners::toLearner)
                .optional();
    }

    @Override
    public Optional<Learner> findByEmail(EmailAddress email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learner WHERE lower(email) = lower(:email)")
                .param("email", email.value())
                .query(JdbcLearners::toLearner)
                .optional();
    }

    @Override
    public Optional<Learner> setMember(LearnerId id, boolean member) {
        return jdbc.sql("UPDATE learner SET member = :member WHERE id = :id RETURNING " + COLUMNS)
                .param("id", id.value())
                .param("member", member)
                .query(JdbcLearners::toLearner)
                .optional();
    }

    private static Learner toLearner(ResultSet rs, int row) throws SQLException {
        return new Learner(
                new LearnerId(rs.getObject("id", UUID.class)),
                EmailAddress.of(rs.getString("email")),
                rs.getString("name"),
                new PasswordHash(rs.getString("password_hash")),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("member"),
                rs.getTimestamp("created_at").toInstant());
    }
}
