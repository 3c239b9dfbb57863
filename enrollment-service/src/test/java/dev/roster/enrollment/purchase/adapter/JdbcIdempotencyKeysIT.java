package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.IdempotencyKeys;
import dev.roster.enrollment.purchase.application.IdempotencyKeysContract;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The adapter on PostgreSQL, held to the same {@link IdempotencyKeysContract} as the in-memory fake. */
@Guards(Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN)
class JdbcIdempotencyKeysIT extends IdempotencyKeysContract {

    @Override
    protected IdempotencyKeys keysOf(List<LearnerId> learners) {
        DataSource database = TestDatabase.emptied().dataSource();
        for (LearnerId learner : learners) {
            JdbcClient.create(database).sql("""
                    INSERT INTO learner (id, email, name, password_hash, created_at)
                    VALUES (:id, :email, 'Learner', 'not-a-hash', :at)""").param("at", Timestamp.from(clock.instant()))
                    .param("id", learner.value()).param("email", learner.value() + "@example.com").update();
        }
        return new JdbcIdempotencyKeys(JdbcClient.create(database), clock);
    }
}
