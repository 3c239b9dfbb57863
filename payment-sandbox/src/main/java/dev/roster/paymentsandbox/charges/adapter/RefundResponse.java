package dev.roster.paymentsandbox.charges.adapter;

import dev.roster.paymentsandbox.charges.domain.Refund;

/** A refund as the API shows it; the sandbox's refunds always succeed. */
record RefundResponse(String id, String object, String charge, long amount, String status) {

    static RefundResponse of(Refund refund) {
        return new RefundResponse(refund.id(), "refund", refund.charge(), refund.amount(), "succeeded");
    }
}
