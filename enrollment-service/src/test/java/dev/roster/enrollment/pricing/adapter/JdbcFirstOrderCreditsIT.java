package dev.roster.enrollment.pricing.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.pricing.application.FirstOrderCredits;
import dev.roster.enrollment.pricing.application.FirstOrderCreditsContract;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The adapter on PostgreSQL, held to the same {@link FirstOrderCreditsContract} as the fake, and more. */
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class JdbcFirstOrderCreditsIT extends FirstOrderCreditsContract {

    private JdbcFirstOrderCredits credits;
    private TransactionTemplate transaction;

    @BeforeEach
    void emptyDatabase() {
        var database = TestDatabase.emptied();
        credits = new JdbcFirstOrderCredits(JdbcClient.create(database.dataSource()));
        transaction = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    }

    @Override
    protected FirstOrderCredits credits() {
        return credits;
    }

    @Test
    @Guards(Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE)
    void letsOneOfManyConcurrentOrdersOfALearnerClaimTheCredit() throws Exception {
        List<Boolean> claimed = claimConcurrently(16, order -> credits.claim(ADA, order, NOW));

        assertThat(claimed).filteredOn(won -> won).hasSize(1);
    }

    @Test
    @Guards(Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE)
    void leavesTheCreditFreeWhenTheClaimingOrderRollsBack() {
        transaction.executeWithoutResult(status -> {
            assertThat(credits.claim(ADA, order(1), NOW)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(credits.isHeld(ADA)).isFalse();
        assertThat(credits.claim(ADA, order(2), NOW)).isTrue();
    }

    private List<Boolean> claimConcurrently(int orders, Claim claim) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(orders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                UUID order = order(100 + i);
                results.add(pool.submit(() -> {
                    start.await();
                    return transaction.execute(status -> claim.claim(order));
                }));
            }
            start.countDown();
            List<Boolean> claimed = new ArrayList<>();
            for (Future<Boolean> result : results) {
                claimed.add(result.get(30, TimeUnit.SECONDS));
            }
            return claimed;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Claim {
        boolean claim(UUID order);
    }
}
