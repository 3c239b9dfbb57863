package dev.roster.defaults.transactions;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one {@link Transactions} of a service, over the {@link TransactionTemplate} Spring Boot configures
 * for its single transaction manager, recovering from a lost database connection where the service has a
 * {@link DataSource} (PostgreSQL's). A service that declares its own {@link Transactions} keeps it.
 */
@AutoConfiguration(after = TransactionAutoConfiguration.class)
public final class TransactionsAutoConfiguration {

    @Bean
    @ConditionalOnBean(TransactionTemplate.class)
    @ConditionalOnMissingBean(Transactions.class)
    SpringTransactions transactions(TransactionTemplate template, ObjectProvider<DataSource> dataSource) {
        DataSource database = dataSource.getIfUnique();
        return database == null ? new SpringTransactions(template) : new SpringTransactions(template, database);
    }
}
