package dev.roster.defaults.database;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's {@link JdbcTemplate}, except that a read outside any transaction whose connection turns out lost (the
 * server restarted or cut it; the pool handed out a connection that died while idle) is read again on a new
 * connection, at most {@value #ATTEMPTS} times: a read changes nothing, so nothing can be done twice, and a request
 * should not fail for a database blip (the chaos run cuts every connection; authentication's lookup was the read
 * that failed). Writes are never repeated here (their outcome is unknown); reads inside a transaction are left to
 * the transaction, which runs again as a whole ({@code SpringTransactions}). A read is a statement that starts
 * with {@code SELECT}.
 */
public class ReadRetryingJdbcTemplate extends JdbcTemplate {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ReadRetryingJdbcTemplate.class);

    public ReadRetryingJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public <T> T query(PreparedStatementCreator creator, PreparedStatementSetter setter, ResultSetExtractor<T> extractor)
            throws DataAccessException {
        String sql = creator instanceof SqlProvider provider ? provider.getSql() : null;
        return read(sql, () -> super.query(creator, setter, extractor));
    }

    @Override
    public <T> T query(String sql, ResultSetExtractor<T> extractor) throws DataAccessException {
        return read(sql, () -> super.query(sql, extractor));
    }

    private <T> T read(String sql, Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (DataAccessException failure) {
                if (attempt == ATTEMPTS || !isRead(sql) || TransactionSynchronizationManager.isActualTransactionActive()
                        || !ConnectionFailures.isConnectionLost(failure)) {
                    throw failure;
                }
                log.warn("A read lost its database connection (attempt {} of {}); reading again: {}", attempt, ATTEMPTS,
                        failure.getMostSpecificCause().getMessage());
                IdleConnections.evictAfterALostConnection(getDataSource());
            }
        }
    }

    static boolean isRead(String sql) {
        return sql != null && sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6);
    }
}
