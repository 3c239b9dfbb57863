package dev.roster.paymentsandbox.charges.application;

import dev.roster.paymentsandbox.charges.domain.IdempotentRequest;
import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import java.util.HashMap;
import java.util.Map;

/**
 * Stripe's idempotency rules, in memory. A key is claimed by the first request that uses it, is
 * in progress while that request runs, and then holds its outcome: the same parameters replay it,
 * other parameters are refused. A request that ends without an outcome (a 500) releases the key,
 * so the next attempt runs afresh.
 *
 * <p>One lock guards every key; each step is a few map operations, never a wait.
 */
public class IdempotencyKeys {

    /** Whether the request may run, or must answer a stored outcome. */
    public sealed interface Claim {

        record Granted() implements Claim {
        }

        record Replay(Outcome outcome) implements Claim {
        }
    }

    private sealed interface Entry {
        IdempotentRequest request();
    }

    private record InProgress(IdempotentRequest request) implements Entry {
    }

    private record Completed(IdempotentRequest request, Outcome outcome) implements Entry {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /**
     * Claims the key for this request.
     *
     * @throws SandboxException {@code request_in_progress} while another request holds the key,
     *                          {@code idempotency_error} when the key was used with other parameters
     */
    public synchronized Claim claim(String key, IdempotentRequest request) {
        Entry entry = entries.get(key);
        if (entry == null) {
            entries.put(key, new InProgress(request));
            return new Claim.Granted();
        }
        if (entry instanceof InProgress) {
            throw new SandboxException(SandboxError.requestInProgress(key));
        }
        if (!entry.request().equals(request)) {
            throw new SandboxException(SandboxError.idempotencyMismatch(key));
        }
        return new Claim.Replay(((Completed) entry).outcome());
    }

    /** Stores the outcome of the request that holds the key. */
    public synchronized void complete(String key, Outcome outcome) {
        if (!(entries.get(key) instanceof InProgress running)) {
            throw new IllegalStateException("no request in progress for idempotency key " + key);
        }
        entries.put(key, new Completed(running.request(), outcome));
    }

    /** Frees the key of a request that ended without an outcome; a completed key stays as it is. */
    public synchronized void release(String key) {
        if (entries.get(key) instanceof InProgress) {
            entries.remove(key);
        }
    }

    public synchronized boolean isInProgress(String key) {
        return entries.get(key) instanceof InProgress;
    }
}
