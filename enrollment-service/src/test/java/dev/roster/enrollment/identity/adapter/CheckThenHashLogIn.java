package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.InvalidCredentialsException;
import dev.roster.enrollment.identity.application.Learners;
import dev.roster.enrollment.identity.application.LoginFailures;
import dev.roster.enrollment.identity.application.LoginThrottledException;
import dev.roster.enrollment.identity.application.PasswordHasher;
import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.PasswordHash;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Test-only broken variant: the log-in flow before the burst fix, through the same ports. It reads
 * the counts, checks the password (the slow part), and only then records the failure, so attempts
 * that arrive together all pass the throttle on the same count.
 */
final class CheckThenHashLogIn {

    private final Learners learners;
    private final LoginFailures failures;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final PasswordHash decoy;

    CheckThenHashLogIn(Learners learners, LoginFailures failures, PasswordHasher hasher, ThrottleLimits limits,
                       Clock clock) {
        this.learners = learners;
        this.failures = failures;
        this.hasher = hasher;
        this.throttle = new LoginThrottle(limits);
        this.clock = clock;
        this.decoy = hasher.hash("decoy-password-for-unknown-emails-1A");
    }

    void logIn(String rawEmail, String password, String clientAddress) {
        Instant now = clock.instant();
        String accountKey = LoginFailures.accountKey(rawEmail);
        Instant windowStart = throttle.windowStart(now);
        ThrottleDecision decision = throttle.decide(
                failures.forAccountSince(accountKey, windowStart),
                failures.forAddressSince(clientAddress, windowStart),
                now);
        if (decision instanceof ThrottleDecision.Blocked blocked) {
            throw new LoginThrottledException(blocked.retryAfter());
        }
        Optional<Learner> learner = learners.findByEmail(EmailAddress.of(rawEmail));
        boolean matches = hasher.matches(password, learner.map(Learner::passwordHash).orElse(decoy));
        if (learner.isEmpty() || !matches) {
            failures.record(accountKey, clientAddress, now);
            throw new InvalidCredentialsException();
        }
        failures.clearAccount(accountKey);
    }
}
