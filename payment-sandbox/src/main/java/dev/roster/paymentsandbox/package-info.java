/**
 * payment-sandbox: a runnable stand-in for the external payment provider, for local runs,
 * end-to-end and load tests. It speaks a small Stripe-like API (charges and refunds with
 * idempotency keys) and keeps everything in memory, so a test can count what was charged.
 * The card token chooses the behaviour: {@code tok_visa} succeeds, {@code tok_chargeDeclined}
 * declines, {@code tok_slow} answers after a delay longer than a sensible client timeout,
 * {@code tok_flaky} fails with 500 a few times per idempotency key before it succeeds.
 */
package dev.roster.paymentsandbox;
