package dev.roster.paymentsandbox.charges.adapter;

/** The body of {@code POST /v1/charges}; every field may be missing, {@link dev.roster.paymentsandbox.charges.domain.ChargeParams} says which may not. */
record ChargeBody(Long amount, String currency, String source, String description) {
}
