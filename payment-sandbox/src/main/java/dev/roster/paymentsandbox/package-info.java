/**
 * payment-sandbox: a runnable stand-in for the external payment provider (Stripe-like charges
 * with idempotency keys and test tokens that succeed, decline, time out or fail), for local runs,
 * end-to-end and load tests. Only the module's place in the build exists so far; the sandbox
 * itself is the subject of the purchase issue.
 */
package dev.roster.paymentsandbox;
