package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.LoginFailures;
import dev.roster.enrollment.identity.application.LoginFailuresContract;
import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.testsupport.DataSourceTransactions;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The adapter on PostgreSQL, held to the same {@link LoginFailuresContract} as the in-memory fake. */
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class JdbcLoginFailuresIT extends LoginFailuresContract {

    private LoginFailures failures;

    @BeforeEach
    void emptyDatabase() {
        DataSource database = TestDatabase.emptied().dataSource();
        failures = new AdmittingInATransaction(on(database), DataSourceTransactions.on(database));
    }

    @Override
    protected LoginFailures failures() {
        return failures;
    }

    static JdbcLoginFailures on(DataSource dataSource) {
        return new JdbcLoginFailures(JdbcClient.create(dataSource));
    }

    /**
     * The adapter as the log-in use case calls it: each admission in a transaction of its own (the
     * port asks for one, and the adapter's locks last only as long as it), everything else as it is.
     */
    private record AdmittingInATransaction(LoginFailures adapter, Transactions transactions) implements LoginFailures {

        @Override
        public ThrottleDecision admit(String accountKey, String clientAddress, Instant at, LoginThrottle throttle) {
            return transactions.inTransaction(() -> adapter.admit(accountKey, clientAddress, at, throttle));
        }

        @Override
        public void record(String accountKey, String clientAddress, Instant at) {
            adapter.record(accountKey, clientAddress, at);
        }

        @Override
        public List<Instant> forAccountSince(String accountKey, Instant since) {
            return adapter.forAccountSince(accountKey, since);
        }

        @Override
        public List<Instant> forAddressSince(String clientAddress, Instant since) {
            return adapter.forAddressSince(clientAddress, since);
        }

        @Override
        public void clearAccount(String accountKey) {
            adapter.clearAccount(accountKey);
        }
    }
}
