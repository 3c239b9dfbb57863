package dev.roster.enrollment.payment.domain;

/**
 * What the provider said about a charge. {@link Unknown} is an honest answer, not an error: after a
 * timeout the charge may or may not exist, and only asking the provider later (reconciliation)
 * can tell.
 */
public sealed interface ChargeOutcome {

    record Succeeded(String chargeId) implements ChargeOutcome {
    }

    record Declined(String chargeId, String reason) implements ChargeOutcome {
    }

    record Unknown(String reason) implements ChargeOutcome {
    }
}
