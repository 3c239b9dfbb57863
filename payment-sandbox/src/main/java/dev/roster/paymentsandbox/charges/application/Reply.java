package dev.roster.paymentsandbox.charges.application;

/** An outcome, and whether it is a replay of the outcome stored under the idempotency key. */
public record Reply(Outcome outcome, boolean replayed) {
}
