package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.EmailAddress;
import java.time.Instant;
import java.util.List;

/**
 * Failed log-ins, kept where every instance of the service sees them (port), so throttling holds
 * however many instances run.
 */
public interface LoginFailures {

    void record(String accountKey, String clientAddress, Instant at);

    List<Instant> forAccountSince(String accountKey, Instant since);

    List<Instant> forAddressSince(String clientAddress, Instant since);

    /** Forgets an account's failures once its owner has logged in. */
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
