package dev.roster.enrollment.testsupport;

import dev.roster.defaults.transactions.Transactions;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Transactions} port over one data source, for tests that assemble a use case by hand
 * without a Spring context: the same TransactionTemplate the service's implementation wraps.
 */
public final class DataSourceTransactions implements Transactions {

    private final TransactionTemplate template;

    private DataSourceTransactions(DataSource dataSource) {
        this.template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public static Transactions on(DataSource dataSource) {
        return new DataSourceTransactions(dataSource);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
