package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.LoginFailures;
import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed log-ins in {@code login_failure} (V2__create_identity.sql).
 *
 * <p>{@link #admit} serializes attempts per account and per client address with transaction-scoped
 * advisory locks, so the guarantee comes from PostgreSQL and holds across instances: lock the
 * account, then the address (always in that order, and in separate key spaces, so two attempts can
 * never wait on each other in a cycle), count, insert; the caller's transaction (the log-in use
 * case's first unit of work) then commits. Outside a transaction each statement would commit on its
 * own and the locks would be released before the count. The locks are held for those few
 * milliseconds only, never across the password check. At READ COMMITTED each statement takes a new
 * snapshot, so the count after the lock sees every attempt committed by the previous lock holder.
 * Keys are hashed to 32 bits; two keys that collide merely wait for each other.
 */
class JdbcLoginFailures implements LoginFailures {

    /** Advisory lock key spaces (the first half of the two-int key) of this table's locks. */
    static final int ACCOUNT_LOCKS = 0x4C_46_41_43; // "LFAC"
    static final int ADDRESS_LOCKS = 0x4C_46_41_44; // "LFAD"

    private static final int MAX_ACCOUNT = 254;
    private static final int MAX_ADDRESS = 64;

    private final JdbcClient jdbc;

    JdbcLoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ThrottleDecision admit(String accountKey, String clientAddress, Instant at, LoginThrottle throttle) {
        lock(ACCOUNT_LOCKS, truncate(accountKey, MAX_ACCOUNT));
        lock(ADDRESS_LOCKS, truncate(clientAddress, MAX_ADDRESS));
        Instant since = throttle.windowStart(at);
        ThrottleDecision decision = throttle.decide(
                forAccountSince(accountKey, since), forAddressSince(clientAddress, since), at);
        if (decision.isAllowed()) {
            record(accountKey, clientAddress, at);
        }
        return decision;
    }

    private void lock(int keySpace, String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:space, hashtext(:key))")
                .param("space", keySpace)
                .param("key", key)
                .query((rs, row) -> row)
                .single();
    }

    @Override
    public void record(String accountKey, String clientAddress, Instant at) {
        jdbc.sql("INSERT INTO login_failure (email, client_address, failed_at) VALUES (:email, :address, :at)")
                .param("email", truncate(accountKey, MAX_ACCOUNT))
                .param("address", truncate(clientAddress, MAX_ADDRESS))
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public List<Instant> forAccountSince(String accountKey, Instant since) {
        return failuresSince("email", truncate(accountKey, MAX_ACCOUNT), since);
    }

    @Override
    public List<Instant> forAddressSince(String clientAddress, Instant since) {
        return failuresSince("client_address", truncate(clientAddress, MAX_ADDRESS), since);
    }

    /** {@code column} is one of this class's two constants, never input: it is not a bind parameter. */
    private List<Instant> failuresSince(String column, String value, Instant since) {
        return jdbc.sql("SELECT failed_at FROM login_failure WHERE " + column + " = :value AND failed_at > :since")
                .param("value", value)
                .param("since", Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    @Override
    public void clearAccount(String accountKey) {
        jdbc.sql("DELETE FROM login_failure WHERE email = :email")
                .param("email", truncate(accountKey, MAX_ACCOUNT))
                .update();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
