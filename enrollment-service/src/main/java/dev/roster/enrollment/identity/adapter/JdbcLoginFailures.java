package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.LoginFailures;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLoginFailures implements LoginFailures {

    private final JdbcClient jdbc;

    JdbcLoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String accountKey, String clientAddress, Instant at) {
        jdbc.sql("INSERT INTO login_failure (email, client_address, failed_at) VALUES (:email, :address, :at)")
                .param("email", truncate(accountKey, 254))
                .param("address", truncate(clientAddress, 64))
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public List<Instant> forAccountSince(String accountKey, Instant since) {
        return jdbc.sql("SELECT failed_at FROM login_failure WHERE email = :email AND failed_at > :since")
                .param("email", truncate(accountKey, 254))
                .param("since", Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    @Override
    public List<Instant> forAddressSince(String clientAddress, Instant since) {
        return jdbc.sql("SELECT failed_at FROM login_failure WHERE client_address = :address AND failed_at > :since")
                .param("address", truncate(clientAddress, 64))
                .param("since", Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    @Override
    public void clearAccount(String accountKey) {
        jdbc.sql("DELETE FROM login_failure WHERE email = :email")
                .param("email", truncate(accountKey, 254))
                .update();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
