package dev.roster.defaults.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.defaults.database.EmbeddedDatabaseAutoConfiguration;
import dev.roster.testkit.db.RealPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * What a service gets from service-defaults by having it on the classpath, with a configured database URL:
 * one {@link Transactions} over Spring Boot's transaction manager, and no embedded database.
 */
class TransactionsAutoConfigurationIT {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                    DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class, TransactionsAutoConfiguration.class))
            .withPropertyValues(databaseProperties());

    @Test
    void givesTheServiceSpringTransactionsAndNoEmbeddedDatabaseWhenAUrlIsConfigured() {
        service.run(context -> {
            assertThat(context).hasSingleBean(Transactions.class);
            assertThat(context.getBean(Transactions.class)).isInstanceOf(SpringTransactions.class);
            assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
            assertThat(context.getBean(Transactions.class).inTransaction(() -> "ran")).isEqualTo("ran");
        });
    }

    @Test
    void keepsTheServicesOwnTransactions() {
        Transactions own = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };

        service.withBean(Transactions.class, () -> own).run(context ->
                assertThat(context.getBean(Transactions.class)).isSameAs(own));
    }

    private static String[] databaseProperties() {
        RealPostgres.Database database = RealPostgres.shared().database();
        return new String[] {"spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()};
    }
}
