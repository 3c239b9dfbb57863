package dev.roster.paymentsandbox.charges.adapter;

/** The body of {@code POST /v1/refunds}: the charge to refund in full. */
record RefundBody(String charge) {
}
