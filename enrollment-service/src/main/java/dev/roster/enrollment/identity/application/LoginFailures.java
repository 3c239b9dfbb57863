package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.EmailAddress;
import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import java.time.Instant;
import java.util.List;

/**
 * Failed log-ins, kept where every instance of the service sees them (port), so throttling holds
 * however many instances run.
 */
public interface LoginFailures {

    /**
     * Lets the throttle decide on an attempt and, when it is allowed, records the attempt as a failure
     * at {@code at} before its password is checked: it counts until the owner's success forgives the
     * account or it leaves the window, so an attempt that dies mid-way ages out like any failure.
     * Deciding and recording are one atomic step against every other attempt on the same account or
     * the same address, on any instance, so a concurrent burst cannot all pass on one count. A
     * blocked attempt records nothing. Runs inside the caller's transaction, which must hold nothing
     * else: the step is atomic, and its locks held, until that transaction ends.
     */
    ThrottleDecision admit(String accountKey, String clientAddress, Instant at, LoginThrottle throttle);

    void record(String accountKey, String clientAddress, Instant at);

    List<Instant> forAccountSince(String accountKey, Instant since);

    List<Instant> forAddressSince(String clientAddress, Instant since);

    /** Forgets an account's failures once its owner has logged in, attempts still in flight included. */
    void clearAccount(String accountKey);

    /** The account key of an email: its normalized form, or the raw text when it is no valid address. */
    static String accountKey(String rawEmail) {
        try {
            return EmailAddress.of(rawEmail).value();
        } catch (RuntimeException notAnAddress) {
            return rawEmail == null ? "" : rawEmail.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
