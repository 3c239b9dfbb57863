package dev.roster.enrollment.identity.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** In-memory fake of {@link LoginFailures}. */
public class InMemoryLoginFailures implements LoginFailures {

    private record Failure(String account, String address, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public void record(String accountKey, String clientAddress, Instant at) {
        failures.add(new Failure(accountKey, clientAddress, at));
    }

    @Override
    public List<Instant> forAccountSince(String accountKey, Instant since) {
        return failures.stream().filter(f -> f.account().equals(accountKey) && f.at().isAfter(since))
                .map(Failure::at).toList();
    }

    @Override
    public List<Instant> forAddressSince(String clientAddress, Instant since) {
        return failures.stream().filter(f -> f.address().equals(clientAddress) && f.at().isAfter(since))
                .map(Failure::at).toList();
    }

    @Override
    public void clearAccount(String accountKey) {
        failures.removeIf(f -> f.account().equals(accountKey));
    }
}
