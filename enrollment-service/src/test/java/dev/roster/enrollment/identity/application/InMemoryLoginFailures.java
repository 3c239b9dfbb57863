package dev.roster.enrollment.identity.application;

import dev.roster.enrollment.identity.domain.LoginThrottle;
import dev.roster.enrollment.identity.domain.ThrottleDecision;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * In-memory fake of {@link LoginFailures}, held to {@link LoginFailuresContract} like the JDBC
 * adapter. One monitor plays the part of PostgreSQL's locks: {@link #admit} decides and records
 * atomically. A rolled-back transaction ({@link Snapshotting}) forgets what it recorded.
 */
public class InMemoryLoginFailures implements LoginFailures, Snapshotting {

    private record Failure(String account, String address, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public synchronized ThrottleDecision admit(String accountKey, String clientAddress, Instant at,
                                               LoginThrottle throttle) {
        Instant since = throttle.windowStart(at);
        ThrottleDecision decision = throttle.decide(
                forAccountSince(accountKey, since), forAddressSince(clientAddress, since), at);
        if (decision.isAllowed()) {
            record(accountKey, clientAddress, at);
        }
        return decision;
    }

    @Override
    public synchronized Runnable snapshot() {
        List<Failure> saved = List.copyOf(failures);
        return () -> {
            synchronized (this) {
                failures.clear();
                failures.addAll(saved);
            }
        };
    }

    @Override
    public synchronized void record(String accountKey, String clientAddress, Instant at) {
        failures.add(new Failure(accountKey, clientAddress, at));
    }

    @Override
    public synchronized List<Instant> forAccountSince(String accountKey, Instant since) {
        return failures.stream().filter(f -> f.account().equals(accountKey) && f.at().isAfter(since))
                .map(Failure::at).toList();
    }

    @Override
    public synchronized List<Instant> forAddressSince(String clientAddress, Instant since) {
        return failures.stream().filter(f -> f.address().equals(clientAddress) && f.at().isAfter(since))
                .map(Failure::at).toList();
    }

    @Override
    public synchronized void clearAccount(String accountKey) {
        failures.removeIf(f -> f.account().equals(accountKey));
    }
}
