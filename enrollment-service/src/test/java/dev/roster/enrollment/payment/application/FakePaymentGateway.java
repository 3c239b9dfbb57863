package dev.roster.enrollment.payment.application;

import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory payment provider for tests, keeping the real one's promises: one charge per
 * idempotency key, however often it is asked. The payment-sandbox's test tokens mean here what they
 * mean there ({@link PaymentGatewayContract} holds this fake and the HTTP adapter on the real sandbox to
 * the same answers):
 * <ul>
 *   <li>{@code tok_visa} succeeds;</li>
 *   <li>{@code tok_chargeDeclined} is declined ({@code card_declined}; a failed charge is recorded);</li>
 *   <li>{@code tok_slow} is charged at once but answers too late: the caller hears {@code Unknown}, and
 *       {@link #findCharge} finds the charge (a retry with the key gets the charge's answer);</li>
 *   <li>{@code tok_flaky} fails its first attempts at the sandbox and then succeeds; the HTTP adapter
 *       retries with the same key, so at the port it is one succeeded charge;</li>
 *   <li>any other token is refused as an invalid request: {@code Declined(null, "invalid_request")},
 *       nothing charged.</li>
 * </ul>
 * Fault injection the sandbox cannot do (fake-only, so the contract does not cover it):
 * <ul>
 *   <li>{@code tok_unreachable} never reaches the provider: {@code Unknown} and no charge;</li>
 *   <li>{@code tok_late} is still in flight when the caller gives up ({@code Unknown}, no charge yet):
 *       {@link #landChargesInFlight()} lets it succeed later, as a provider slower than the hold would;</li>
 *   <li>{@link #reachable(boolean) reachable(false)} takes the whole provider down.</li>
 * </ul>
 */
public class FakePaymentGateway implements PaymentGateway {

    /** The payment-sandbox's test tokens (its {@code TestToken}). */
    private static final Set<String> KNOWN_TOKENS = Set.of("tok_visa", "tok_chargeDeclined", "tok_slow", "tok_flaky");

    private final Map<String, ProviderCharge> chargesByKey = new ConcurrentHashMap<>();
    private final Map<String, String> refundsByKey = new ConcurrentHashMap<>();
    private final Map<String, ChargeRequest> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger chargeCalls = new AtomicInteger();
    private volatile boolean reachable = true;

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        chargeCalls.incrementAndGet();
        String token = request.paymentToken();
        if (!reachable || token.equals("tok_unreachable")) {
            return new ChargeOutcome.Unknown("provider unreachable");
        }
        if (token.equals("tok_late")) {
            inFlight.putIfAbsent(request.idempotencyKey(), request);
            return new ChargeOutcome.Unknown("read timeout");
        }
        if (!KNOWN_TOKENS.contains(token)) {
            return new ChargeOutcome.Declined(null, "invalid_request");
        }
        boolean replay = chargesByKey.containsKey(request.idempotencyKey());
        ProviderCharge charge = chargesByKey.computeIfAbsent(request.idempotencyKey(), key -> new ProviderCharge(
                "ch_" + sequence.incrementAndGet(), key,
                token.equals("tok_chargeDeclined") ? ProviderCharge.Status.FAILED : ProviderCharge.Status.SUCCEEDED,
                request.amount(), false));
        if (token.equals("tok_slow") && !replay) {
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
        String refunded = refundsByKey.get(idempotencyKey);
        if (refunded != null) {
            return new RefundOutcome.Refunded(refunded);
        }
        // as the sandbox: a charge it never made, or one that failed, cannot be refunded
        boolean refundable = chargesByKey.values().stream()
                .anyMatch(charge -> charge.id().equals(chargeId) && charge.status() == ProviderCharge.Status.SUCCEEDED);
        if (!refundable) {
            return new RefundOutcome.Unknown("provider answered HTTP 400: charge " + chargeId + " is not refundable");
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
