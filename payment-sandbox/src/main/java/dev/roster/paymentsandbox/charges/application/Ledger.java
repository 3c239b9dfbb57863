package dev.roster.paymentsandbox.charges.application;

import dev.roster.paymentsandbox.charges.domain.Charge;
import dev.roster.paymentsandbox.charges.domain.Refund;
import dev.roster.paymentsandbox.shared.SandboxError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every charge and refund the sandbox made, in memory and in the order they were made, so that
 * tests and people can count them. One lock guards it all; no step waits while holding it.
 */
public class Ledger {

    private final LinkedHashMap<String, Charge> chargesById = new LinkedHashMap<>();
    private final Map<String, String> chargeIdsByIdempotencyKey = new HashMap<>();
    private final List<Refund> refunds = new ArrayList<>();

    /**
     * Records a new charge. One idempotency key makes at most one charge: a second one is a bug in
     * the sandbox, and it fails loudly rather than double-charge.
     */
    public synchronized void record(Charge charge) {
        if (chargeIdsByIdempotencyKey.containsKey(charge.idempotencyKey())) {
            throw new IllegalStateException("idempotency key " + charge.idempotencyKey() + " already made charge "
                    + chargeIdsByIdempotencyKey.get(charge.idempotencyKey()));
        }
        if (chargesById.containsKey(charge.id())) {
            throw new IllegalStateException("charge id " + charge.id() + " is taken");
        }
        chargesById.put(charge.id(), charge);
        chargeIdsByIdempotencyKey.put(charge.idempotencyKey(), charge.id());
    }

    public synchronized Optional<Charge> charge(String id) {
        return Optional.ofNullable(chargesById.get(id));
    }

    public synchronized Optional<Charge> chargeMadeWith(String idempotencyKey) {
        return Optional.ofNullable(chargeIdsByIdempotencyKey.get(idempotencyKey)).map(chargesById::get);
    }

    public synchronized List<Charge> chargesNewestFirst() {
        return List.copyOf(chargesById.sequencedValues().reversed());
    }

    public synchronized List<Refund> refundsNewestFirst() {
        return List.copyOf(refunds.reversed());
    }

    /**
     * Refunds a charge in full, if it can be: the check and the change happen under one lock, so two
     * refunds of one charge (under different keys) cannot both succeed.
     */
    public synchronized Outcome refund(String chargeId, Function<Charge, Refund> refundOf) {
        Charge charge = chargesById.get(chargeId);
        if (charge == null) {
            return new Outcome.Refused(SandboxError.resourceMissing("charge",
                    "No such charge: '%s'".formatted(chargeId)));
        }
        Optional<SandboxError> refusal = charge.refundRefusal();
        if (refusal.isPresent()) {
            return new Outcome.Refused(refusal.get());
        }
        Refund refund = refundOf.apply(charge);
        chargesById.put(chargeId, charge.asRefunded());
        refunds.add(refund);
        return new Outcome.RefundSucceeded(refund);
    }
}
