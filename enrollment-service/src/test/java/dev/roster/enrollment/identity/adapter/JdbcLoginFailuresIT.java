package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.LoginFailures;
import dev.roster.enrollment.identity.application.LoginFailuresContract;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The adapter on PostgreSQL, held to the same {@link LoginFailuresContract} as the in-memory fake. */
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class JdbcLoginFailuresIT extends LoginFailuresContract {

    private JdbcLoginFailures failures;

    @BeforeEach
    void emptyDatabase() {
        failures = on(TestDatabase.emptied().dataSource());
    }

    @Override
    protected LoginFailures failures() {
        return failures;
    }

    /** The adapter as the service wires it: its transactions on the same data source as its statements. */
    static JdbcLoginFailures on(DataSource dataSource) {
        return new JdbcLoginFailures(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
