package dev.roster.enrollment.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Slows password guessing: decides, before the password is checked, whether a login attempt may
 * proceed, given the failed attempts already recorded for the account and for the client address.
 *
 * <p>The exact rule, the same for both counters:
 * <ul>
 *   <li>A failure counts when it lies in the window {@code (now - window, now]}: a failure exactly
 *       one window old no longer counts, one at {@code now} does, one after {@code now} does not.</li>
 *   <li>An attempt is <b>blocked</b> when the failures counted are {@code >= limit}. With the
 *       {@linkplain ThrottleLimits#DEFAULT defaults} the first 5 wrong passwords for an account are
 *       answered normally (401) and the 6th attempt, right or wrong, is blocked (429); likewise the
 *       51st attempt from one address.</li>
 *   <li>{@code retryAfter} is the time until enough failures have left the window for the count to
 *       drop below the limit: with the counted failures sorted oldest first, the one at index
 *       {@code count - limit}, plus the window, minus {@code now}. At exactly that instant the next
 *       attempt is allowed. It is rounded up to whole seconds (for a Retry-After header), at least 1s.</li>
 *   <li>When both the account and the address are blocked, the longer {@code retryAfter} wins, and names
 *       the limit that blocked ({@code by}); on equal waits, the account.</li>
 * </ul>
 * The throttle only decides; recording failures (and whether a success clears them) is the caller's.
 * The caller must decide and record atomically per account and per address (see
 * {@code LoginFailures#admit}): an attempt admitted on a count that a concurrent attempt is about to
 * raise would get one guess more than the limit.
 */
public final class LoginThrottle {

    private final ThrottleLimits limits;

    public LoginThrottle(ThrottleLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Failures at or before this instant no longer count at {@code now}: the window is {@code (start, now]}. */
    public Instant windowStart(Instant now) {
        return now.minus(limits.window());
    }

    public ThrottleDecision decide(List<Instant> accountFailures, List<Instant> addressFailures, Instant now) {
        Objects.requireNonNull(accountFailures, "accountFailures");
        Objects.requireNonNull(addressFailures, "addressFailures");
        Objects.requireNonNull(now, "now");
        Duration account = waitFor(accountFailures, limits.perAccount(), now);
        Duration address = waitFor(addressFailures, limits.perAddress(), now);
        if (account.isZero() && address.isZero()) {
            return ThrottleDecision.ALLOWED;
        }
        return account.compareTo(address) >= 0
                ? new ThrottleDecision.Blocked(account, ThrottleDecision.Limit.ACCOUNT)
                : new ThrottleDecision.Blocked(address, ThrottleDecision.Limit.ADDRESS);
    }

    /**
     * Zero when the failures stay below the limit, else the rounded-up wait. A failure stamped after
     * {@code now} counts too: it was recorded by a concurrent attempt that read the clock a moment
     * later, or by an instance whose clock runs ahead, and ignoring it let a burst through.
     */
    private Duration waitFor(List<Instant> failures, int limit, Instant now) {
        Instant windowStart = windowStart(now);
        List<Instant> counted = failures.stream()
                .map(failure -> Objects.requireNonNull(failure, "a failure time"))
                .filter(failure -> failure.isAfter(windowStart))
                .sorted()
                .toList();
        if (counted.size() < limit) {
            return Duration.ZERO;
        }
        Instant unblocksAt = counted.get(counted.size() - limit).plus(limits.window());
        return roundUpToSeconds(Duration.between(now, unblocksAt));
    }

    private static Duration roundUpToSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(seconds, 1));
    }
}
