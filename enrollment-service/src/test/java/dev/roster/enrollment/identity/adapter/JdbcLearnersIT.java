package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.identity.application.EmailTakenException;
import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.PasswordHash;
import dev.roster.enrollment.identity.domain.Role;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.db.RealPostgres;
import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcLearnersIT {

    private static final int CONCURRENT_SIGN_UPS = 8;

    @Test
    @Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
    void readsBackALearnerByIdAndByEmailInAnyCase() {
        JdbcLearners learners = new JdbcLearners(JdbcClient.create(TestDatabase.emptied().dataSource()));
        Learner ada = learner("ada@example.com");

        learners.add(ada);

        assertThat(learners.findById(ada.id())).contains(ada);
        assertThat(learners.findByEmail(EmailAddress.of("ADA@EXAMPLE.COM"))).contains(ada);
        assertThat(learners.setMember(ada.id(), true)).map(Learner::member).contains(true);
        assertThat(learners.setMember(new LearnerId(UUID.randomUUID()), true)).isEmpty();
    }

    @Test
    @Guards(Risk.DUPLICATE_SIGNUP_EMAIL)
    void refusesASecondAccountForAnEmail() {
        JdbcLearners learners = new JdbcLearners(JdbcClient.create(TestDatabase.emptied().dataSource()));
        learners.add(learner("ada@example.com"));

        assertThatThrownBy(() -> learners.add(learner("ada@example.com"))).isInstanceOf(EmailTakenException.class);
    }

    @Test
    @Guards(Risk.DUPLICATE_SIGNUP_EMAIL)
    void letsExactlyOneOfConcurrentSignUpsWithOneEmailSucceed() throws Exception {
        DataSource dataSource = TestDatabase.emptied().dataSource();

        JdbcLearners learners = new JdbcLearners(JdbcClient.create(dataSource));

        List<String> outcomes = signUpConcurrently(learners::add);

        assertThat(outcomes).containsOnlyOnce("created").hasSize(CONCURRENT_SIGN_UPS)
                .filteredOn("email_taken"::equals).hasSize(CONCURRENT_SIGN_UPS - 1);
        assertThat(accountsFor(dataSource)).isEqualTo(1);
    }

    /**
     * The same scenario against a known-broken variant: a read-then-insert without the unique
     * index. All threads read "free" before any inserts, so all of them create an account; the
     * test above would catch this bug.
     */
    @Test
    @BrokenVariantProof(Risk.DUPLICATE_SIGNUP_EMAIL)
    void wouldCatchAReadThenInsertSignUpWithoutTheUniqueIndex() throws Exception {
        RealPostgres.Database broken = RealPostgres.shared().createDatabase("roster_broken").migrate(TestDatabase.MIGRATIONS);
        JdbcClient.create(broken.dataSource()).sql("DROP INDEX learner_email_unique").update();
        CyclicBarrier allHaveRead = new CyclicBarrier(CONCURRENT_SIGN_UPS);
        JdbcLearners real = new JdbcLearners(JdbcClient.create(broken.dataSource()));
        var readThenInsert = new ReadThenInsertLearners(real, allHaveRead);

        List<String> outcomes = signUpConcurrently(readThenInsert);

        assertThat(outcomes).filteredOn("created"::equals).hasSizeGreaterThan(1);
        assertThat(accountsFor(broken.dataSource())).isGreaterThan(1);
    }

    private static List<String> signUpConcurrently(SignUpStore learners) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_SIGN_UPS);
        CyclicBarrier start = new CyclicBarrier(CONCURRENT_SIGN_UPS);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_SIGN_UPS; i++) {
                // the same address, cased differently by each client
                String email = i % 2 == 0 ? "ada@example.com" : "ADA@Example.com";
                attempts.add(() -> {
                    start.await();
                    try {
                        learners.add(learner(email));
                        return "created";
                    } catch (EmailTakenException e) {
                        return "email_taken";
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int accountsFor(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM learner WHERE lower(email) = 'ada@example.com'")
                .query(Integer.class).single();
    }

    private static Learner learner(String email) {
        return new Learner(new LearnerId(UUID.randomUUID()), EmailAddress.of(email), "Ada",
                new PasswordHash("$argon2id$not-a-real-hash"), Role.LEARNER, false, Instant.parse("2026-11-21T10:00:00Z"));
    }

    /** What a sign-up stores through: the real repository, or the broken variant. */
    interface SignUpStore {
        void add(Learner learner);
    }

    /** Test-only broken variant: checks for the email, waits for every other thread to check too, then inserts. */
    private record ReadThenInsertLearners(JdbcLearners real, CyclicBarrier allHaveRead) implements SignUpStore {
        @Override
        public void add(Learner learner) {
            boolean taken = real.findByEmail(learner.email()).isPresent();
            try {
                allHaveRead.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (taken) {
                throw new EmailTakenException();
            }
            real.add(learner);
        }
    }
}
