package dev.roster.enrollment.payment.application;

import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory payment provider for tests, keeping the real one's promises: one charge per
 * idempotency key, however often it is asked. Test tokens choose the behaviour, as with the
 * sandbox:
 * <ul>
 *   <li>{@code tok_visa} succeeds;</li>
 *   <li>{@code tok_chargeDeclined} is declined (a failed charge is recorded);</li>
 *   <li>{@code tok_timeout} succeeds at the provider but the caller hears {@code Unknown}, as after a read timeout;</li>
 *   <li>{@code tok_unreachable} never reaches the provider: {@code Unknown} and no charge.</li>
 *   <li>{@code tok_late} is still in flight when the caller gives up ({@code Unknown}, no charge yet):
 *       {@link #landChargesInFlight()} lets it succeed later, as a provider slower than the hold would.</li>
 * </ul>
 */
public class FakePaymentGateway implements PaymentGateway {

    private final Map<String, ProviderCharge> chargesByKey = new ConcurrentHashMap<>();
    private final Map<String, String> refundsByKey = new ConcurrentHashMap<>();
    private final Map<String, ChargeRequest> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger chargeCalls = new AtomicInteger();
    private volatile boolean reachable = true;

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        chargeCalls.incrementAndGet();
        if (!reachable || request.paymentToken().equals("tok_unreachable")) {
            return new ChargeOutcome.Unknown("provider unreachable");
        }
        if (request.paymentToken().equals("tok_late")) {
            inFlight.putIfAbsent(request.idempotencyKey(), request);
            return new ChargeOutcome.Unknown("read timeout");
        }
        ProviderCharge charge = chargesByKey.computeIfAbsent(request.idempotencyKey(), key -> new ProviderCharge(
                "ch_" + sequence.incrementAndGet(), key,
                request.paymentToken().equals("tok_chargeDeclined")
                        ? ProviderCharge.Status.FAILED : ProviderCharge.Status.SUCCEEDED,
                request.amount(), false));
        if (request.paymentToken().equals("tok_timeout")) {
            return new ChargeOutcome.Unknown("read timeout");
        }
        return charge.status() == ProviderCharge.Status.SUCCEEDED
                ? new ChargeOutcome.Succeeded(charge.id())
                : new ChargeOutcome.Declined(charge.id(), "card_declined");
    }

    @Override
    public Optional<ProviderCharge> findCharge(String idempotencyKey) {
        if (!reachable) {
            throw new ProviderUnavailableException("provider unreachable", null);
        }
        return Optional.ofNullable(chargesByKey.get(idempotencyKey));
    }

    @Override
    public RefundOutcome refund(String chargeId, String idempotencyKey) {
        if (!reachable) {
            return new RefundOutcome.Unknown("provider unreachable");
        }
        String refundId = refundsByKey.computeIfAbsent(idempotencyKey, key -> {
            chargesByKey.replaceAll((k, charge) -> charge.id().equals(chargeId)
                    ? new ProviderCharge(charge.id(), charge.idempotencyKey(), charge.status(), charge.amount(), true)
                    : charge);
            return "re_" + sequence.incrementAndGet();
        });
        return new RefundOutcome.Refunded(refundId);
    }

    /** The charges made with {@code tok_late} succeed now, long after their callers gave up. */
    public void landChargesInFlight() {
        inFlight.values().forEach(request -> chargesByKey.computeIfAbsent(request.idempotencyKey(),
                key -> new ProviderCharge("ch_" + sequence.incrementAndGet(), key, ProviderCharge.Status.SUCCEEDED,
                        request.amount(), false)));
        inFlight.clear();
    }

    /** Every charge as the purchase invariants read a provider's records. */
    public List<ProviderChargeRecord> records() {
        return charges().stream().map(c -> new ProviderChargeRecord(c.id(), c.idempotencyKey(),
                c.status() == ProviderCharge.Status.SUCCEEDED, c.refunded(), c.amount().amountMinor(),
                c.amount().currency().getCurrencyCode())).toList();
    }

    /** Simulates the provider going down (false) or coming back (true). */
    public void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    /** Every charge the provider holds, for invariants and counting. */
    public List<ProviderCharge> charges() {
        return List.copyOf(chargesByKey.values());
    }

    public int chargeCalls() {
        return chargeCalls.get();
    }

    public void clear() {
        chargesByKey.clear();
        refundsByKey.clear();
        inFlight.clear();
        chargeCalls.set(0);
        reachable = true;
    }
}
