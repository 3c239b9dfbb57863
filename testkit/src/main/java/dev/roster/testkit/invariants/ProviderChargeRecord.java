package dev.roster.testkit.invariants;

/**
 * A charge as the payment provider (sandbox or test fake) records it.
 *
 * @param idempotencyKey the key it was made with: the enrollment id
 */
public record ProviderChargeRecord(String id, String idempotencyKey, boolean succeeded, boolean refunded) {
}
