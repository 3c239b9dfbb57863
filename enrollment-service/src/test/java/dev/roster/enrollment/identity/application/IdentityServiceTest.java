package dev.roster.enrollment.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.PasswordPolicy;
import dev.roster.enrollment.identity.domain.Role;
import dev.roster.enrollment.identity.domain.SessionToken;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.enrollment.purchase.application.RollingBackTransactions;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.ValidationException;
import dev.roster.testkit.time.MutableClock;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdentityServiceTest {

    private static final String GOOD_PASSWORD = "Correct-Horse-9";
    private static final String ADDRESS = "192.0.2.10";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryLearners learners = new InMemoryLearners();
    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    private final AtomicLong sequence = new AtomicLong();
    private final RollingBackTransactions transactions = new RollingBackTransactions(failures);
    private final List<ThrottleDecision.Limit> throttled = new ArrayList<>();
    private final IdentityService identity = new IdentityService(learners, sessions, failures, transactions,
            new ReversingPasswordHasher(), new PasswordPolicy(Set.of("password1")), ThrottleLimits.DEFAULT,
            () -> new UUID(0, sequence.incrementAndGet()), new SplittableRandom(42), clock, throttled::add);

    private Learner ada() {
        return identity.signUp(new SignUp("ada@example.com", "Ada", GOOD_PASSWORD));
    }

    @Nested
    class SigningUp {

        @Test
        void storesTheNormalizedEmailAndAHashNeverThePassword() {
            Learner learner = identity.signUp(new SignUp("  Ada@Example.COM ", " Ada Lovelace ", GOOD_PASSWORD));

            assertThat(learner.email().value()).isEqualTo("ada@example.com");
            assertThat(learner.name()).isEqualTo("Ada Lovelace");
            assertThat(learner.passwordHash().encoded()).doesNotContain(GOOD_PASSWORD);
            assertThat(learner.role()).isEqualTo(Role.LEARNER);
            assertThat(learner.member()).isFalse();
            assertThat(learner.createdAt()).isEqualTo(clock.instant());
        }

        @Test
        void refusesAnEmailTakenInAnyCase() {
            ada();

            assertThatThrownBy(() -> identity.signUp(new SignUp("ADA@example.com", "Other Ada", GOOD_PASSWORD)))
                    .isInstanceOfSatisfying(EmailTakenException.class,
                            e -> assertThat(e.code()).isEqualTo("email_taken"));
        }

        @Test
        void reportsEveryInvalidFieldAtOnce() {
            assertThatThrownBy(() -> identity.signUp(new SignUp("not-an-email", " ", "short")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field)
                            .contains("/email", "/name", "/password")
                            .filteredOn("/password"::equals).hasSizeGreaterThanOrEqualTo(3));
        }

        @Test
        @Guards(Risk.BAD_INPUT_ANSWERS_5XX)
        void refusesANulCharacterInTheNameAndStoresNothing() {
            assertThatThrownBy(() -> identity.signUp(new SignUp("ada@example.com", "A\u0000da", GOOD_PASSWORD)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("/name", "must not contain control characters")));
            assertThat(learners.findByEmail(EmailAddress.of("ada@example.com"))).isEmpty();
        }

        @Test
        @Guards(Risk.BAD_INPUT_ANSWERS_5XX)
        void keepsAnEmailWithAnUnpairedSurrogateApartFromItsQuestionMarkTwin() {
            identity.signUp(new SignUp("x?@example.com", "Question", GOOD_PASSWORD));

            assertThatThrownBy(() -> identity.signUp(new SignUp("x\ud800@example.com", "Surrogate", GOOD_PASSWORD)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("/email"));
        }

        @Test
        void refusesACommonPassword() {
            assertThatThrownBy(() -> identity.signUp(new SignUp("ada@example.com", "Ada", "Password1")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("/password"));
        }

        @Test
        void bootstrapsTheAdministratorOnlyOnce() {
            var first = identity.bootstrapAdmin(new SignUp("admin@example.com", "Administrator", GOOD_PASSWORD));
            var second = identity.bootstrapAdmin(new SignUp("admin@example.com", "Administrator", "Other-Pass-7"));

            assertThat(first).map(Learner::role).contains(Role.ADMIN);
            assertThat(second).isEmpty();
        }
    }

    @Nested
    @Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
    class LoggingIn {

        @Test
        @Guards(Risk.BAD_INPUT_ANSWERS_5XX)
        void refusesANulCharacterInTheEmailBeforeCountingAFailure() {
            assertThatThrownBy(() -> identity.logIn("ada\u0000@example.com", GOOD_PASSWORD, ADDRESS))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("/email"));
            assertThat(failures.forAddressSince(ADDRESS, Instant.EPOCH)).isEmpty();
        }

        @Test
        @Guards(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
        void keepsAWrongPasswordsFailureCountedThoughTheLogInIsRefused() {
            ada();

            assertThatThrownBy(() -> identity.logIn("ada@example.com", "Wrong-Pass-1", ADDRESS))
                    .isInstanceOf(InvalidCredentialsException.class);

            assertThat(failures.forAccountSince("ada@example.com", Instant.EPOCH)).hasSize(1);
            assertThat(transactions.rolledBack()).as("the refusal comes after the failure committed").isZero();
        }

        @Test
        void issuesATokenThatAuthenticatesItsOwnerForOneHour() {
            Learner ada = ada();

            IssuedSession session = identity.logIn("ADA@example.com", GOOD_PASSWORD, ADDRESS);

            assertThat(session.expiresAt()).isEqualTo(Instant.parse("2026-11-21T11:00:00Z"));
            assertThat(identity.authenticate(session.token().value()))
                    .contains(new Viewer.Account(ada.id(), Role.LEARNER));
        }

        @Test
        void stopsAuthenticatingAtExpiry() {
            ada();
            IssuedSession session = identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS);

            clock.advance(Duration.ofMinutes(59).plusSeconds(59));
            assertThat(identity.authenticate(session.token().value())).isPresent();
            clock.advance(Duration.ofSeconds(1));
            assertThat(identity.authenticate(session.token().value())).isEmpty();
        }

        @Test
        void stopsAuthenticatingAfterLogOut() {
            ada();
            IssuedSession session = identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS);

            identity.logOut(session.token());

            assertThat(identity.authenticate(session.token().value())).isEmpty();
        }

        @Test
        void authenticatesNobodyWithAnUnknownOrMalformedToken() {
            assertThat(identity.authenticate(SessionToken.generate(new SplittableRandom(7)).value())).isEmpty();
            assertThat(identity.authenticate("not a token")).isEmpty();
            assertThat(identity.authenticate("")).isEmpty();
        }

        @Test
        void answersAWrongPasswordAndAnUnknownEmailAlike() {
            ada();

            var wrongPassword = catchCode(() -> identity.logIn("ada@example.com", "Wrong-Pass-1", ADDRESS));
            var unknownEmail = catchCode(() -> identity.logIn("nobody@example.com", GOOD_PASSWORD, ADDRESS));

            assertThat(wrongPassword).isEqualTo(unknownEmail).isEqualTo("invalid_credentials");
            assertThat(sessions.count()).isZero();
        }
    }

    @Nested
    class Throttling {

        @Test
        void blocksTheSixthAttemptAfterFiveFailuresEvenWithTheRightPassword() {
            ada();
            for (int i = 0; i < 5; i++) {
                assertThat(catchCode(() -> identity.logIn("ada@example.com", "Wrong-Pass-1", ADDRESS)))
                        .isEqualTo("invalid_credentials");
            }

            assertThatThrownBy(() -> identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS))
                    .isInstanceOfSatisfying(LoginThrottledException.class,
                            e -> {
                                assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                                assertThat(e.retryAfterHint()).as("the answer's Retry-After").contains(e.retryAfter());
                            });
            assertThat(throttled).as("reported to operators, once").containsExactly(ThrottleDecision.Limit.ACCOUNT);
        }

        @Test
        void letsTheOwnerInOnceTheWindowHasPassed() {
            ada();
            for (int i = 0; i < 5; i++) {
                catchCode(() -> identity.logIn("ada@example.com", "Wrong-Pass-1", ADDRESS));
            }

            clock.advance(Duration.ofMinutes(15));

            assertThat(identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS).token()).isNotNull();
            assertThat(throttled).as("nothing refused, nothing reported").isEmpty();
        }

        @Test
        void blocksAnAddressAfterFiftyFailuresAcrossAccounts() {
            for (int i = 0; i < 50; i++) {
                int n = i;
                catchCode(() -> identity.logIn("user" + n + "@example.com", "Wrong-Pass-1", ADDRESS));
            }
            ada();

            assertThat(catchCode(() -> identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS)))
                    .isEqualTo("too_many_login_attempts");
            assertThat(identity.logIn("ada@example.com", GOOD_PASSWORD, "198.51.100.7").token()).isNotNull();
            assertThat(throttled).as("reported to operators, once").containsExactly(ThrottleDecision.Limit.ADDRESS);
        }

        @Test
        void forgetsAnAccountsFailuresAfterASuccessfulLogIn() {
            ada();
            for (int i = 0; i < 4; i++) {
                catchCode(() -> identity.logIn("ada@example.com", "Wrong-Pass-1", ADDRESS));
            }
            identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS);

            for (int i = 0; i < 4; i++) {
                catchCode(() -> identity.logIn("ada@example.com", "Wrong-Pass-1", ADDRESS));
            }

            assertThat(identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS).token()).isNotNull();
        }

        @Test
        @Guards(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
        void leavesNothingOfASuccessfulLogInCountedAgainstTheAddress() {
            ada();
            for (int i = 0; i < 50; i++) {
                identity.logIn("ada@example.com", GOOD_PASSWORD, ADDRESS);
            }

            assertThat(catchCode(() -> identity.logIn("bob@example.com", "Wrong-Pass-1", ADDRESS)))
                    .isEqualTo("invalid_credentials");
        }
    }

    @Nested
    @Guards(Risk.CROSS_LEARNER_READ)
    class Reading {

        @Test
        void showsALearnerTheirOwnAccount() {
            Learner ada = ada();

            assertThat(identity.learner(ada.id(), new Viewer.Account(ada.id(), Role.LEARNER))).isEqualTo(ada);
        }

        @Test
        void answersAnotherLearnersAccountAsNotFound() {
            Learner ada = ada();
            Learner bob = identity.signUp(new SignUp("bob@example.com", "Bob", GOOD_PASSWORD));

            assertThatThrownBy(() -> identity.learner(bob.id(), new Viewer.Account(ada.id(), Role.LEARNER)))
                    .isInstanceOfSatisfying(LearnerNotFoundException.class,
                            e -> assertThat(e.code()).isEqualTo("learner_not_found"));
        }

        @Test
        void letsTheTrustedServiceReadAnyLearner() {
            Learner bob = identity.signUp(new SignUp("bob@example.com", "Bob", GOOD_PASSWORD));

            assertThat(identity.learner(bob.id(), new Viewer.TrustedService("notification-service"))).isEqualTo(bob);
        }
    }

    private static String catchCode(Runnable action) {
        try {
            action.run();
            return "none";
        } catch (dev.roster.enrollment.shared.DomainException e) {
            return e.code();
        }
    }
}
