package dev.roster.paymentsandbox.charges.domain;

/**
 * The parameters of a request made with an idempotency key. Two requests are "the same" when
 * their parameters are equal (records compare by value); a charge and a refund never are, so one
 * key cannot be reused across endpoints, as with Stripe.
 */
public sealed interface IdempotentRequest permits ChargeParams, RefundParams {
}
