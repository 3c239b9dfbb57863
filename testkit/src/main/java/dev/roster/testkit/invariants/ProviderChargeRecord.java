package dev.roster.testkit.invariants;

/**
 * A charge as the payment provider (sandbox or test fake) records it.
 *
 * @param idempotencyKey the key it was made with: the enrollment id
 * @param amountMinor    what was charged, in minor units of {@code currency}
 * @param currency       ISO 4217 code, upper case
 */
public record ProviderChargeRecord(String id, String idempotencyKey, boolean succeeded, boolean refunded,
                                   long amountMinor, String currency) {
}
