package dev.roster.paymentsandbox.charges.application;

import dev.roster.paymentsandbox.charges.domain.Charge;
import dev.roster.paymentsandbox.charges.domain.ChargeParams;
import dev.roster.paymentsandbox.charges.domain.IdempotentRequest;
import dev.roster.paymentsandbox.charges.domain.Refund;
import dev.roster.paymentsandbox.charges.domain.RefundParams;
import dev.roster.paymentsandbox.shared.Later;
import dev.roster.paymentsandbox.shared.Pause;
import dev.roster.paymentsandbox.shared.RandomIds;
import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Charges and refunds as the provider makes them: the test tokens' behaviour under Stripe's idempotency rules. */
public class ChargeService {

    /** Stripe's limit for an idempotency key. */
    public static final int MAX_KEY_LENGTH = 255;

    private final Ledger ledger;
    private final IdempotencyKeys keys;
    private final RandomIds ids;
    private final Clock clock;
    private final Pause pause;
    private final Later later;
    private final SandboxBehaviour behaviour;
    private final Map<String, Integer> flakyAttempts = new ConcurrentHashMap<>();

    public ChargeService(Ledger ledger, IdempotencyKeys keys, RandomIds ids, Clock clock, Pause pause, Later later,
            SandboxBehaviour behaviour) {
        this.ledger = ledger;
        this.keys = keys;
        this.ids = ids;
        this.clock = clock;
        this.pause = pause;
        this.later = later;
        this.behaviour = behaviour;
    }

    /**
     * Charges the card the token stands for. Every outcome that involved a charge (success or
     * decline) is stored under the key and replayed; a flaky 500 is not. The late token's 500
     * leaves its key in progress until its charge succeeds in the background.
     */
    public Reply charge(String idempotencyKey, ChargeParams params) {
        requireKey(idempotencyKey);
        return idempotently(idempotencyKey, params, () -> switch (params.token()) {
            case VISA -> succeed(idempotencyKey, params);
            case CHARGE_DECLINED -> decline(idempotencyKey, params);
            case SLOW -> {
                // recorded before the wait: like a real provider whose answer is lost, the charge
                // exists even when the client gave up waiting, and a lookup by key finds it
                Outcome succeeded = succeed(idempotencyKey, params);
                pause.pause(behaviour.slowDelay());
                yield succeeded;
            }
            case FLAKY -> {
                int attempt = flakyAttempts.merge(idempotencyKey, 1, Integer::sum);
                if (attempt <= behaviour.flakyFailures()) {
                    throw new SandboxException(SandboxError.providerFailure(
                            "The sandbox failed this attempt on purpose (tok_flaky, attempt %d of %d that fail)."
                                    .formatted(attempt, behaviour.flakyFailures())));
                }
                yield succeed(idempotencyKey, params);
            }
            case LATE -> {
                // taken now, charged late: a provider whose edge timed out while the charge queued
                later.after(behaviour.lateDelay(),
                        () -> keys.complete(idempotencyKey, succeed(idempotencyKey, params)));
                pause.pause(behaviour.slowDelay());
                throw new StillProcessing();
            }
        });
    }

    /** Refunds a succeeded charge in full, once. */
    public Reply refund(String idempotencyKey, RefundParams params) {
        requireKey(idempotencyKey);
        return idempotently(idempotencyKey, params,
                () -> ledger.refund(params.charge(), charge -> Refund.of(ids.next("re_"), charge)));
    }

    public Charge charge(String id) {
        return ledger.charge(id).orElseThrow(() -> new SandboxException(
                SandboxError.resourceMissing("id", "No such charge: '%s'".formatted(id))));
    }

    public Optional<Charge> chargeMadeWith(String idempotencyKey) {
        return ledger.chargeMadeWith(idempotencyKey);
    }

    public List<Charge> charges() {
        return ledger.chargesNewestFirst();
    }

    public List<Refund> refunds() {
        return ledger.refundsNewestFirst();
    }

    private Reply idempotently(String key, IdempotentRequest request, Supplier<Outcome> work) {
        if (keys.claim(key, request) instanceof IdempotencyKeys.Claim.Replay(Outcome stored)) {
            return new Reply(stored, true);
        }
        Outcome outcome;
        try {
            outcome = work.get();
        } catch (StillProcessing lateOutcome) {
            // the key stays in progress: the late charge completes it
            throw lateOutcome;
        } catch (RuntimeException noOutcome) {
            // nothing was charged (a charge, once recorded, always completes its key), so the next
            // attempt with this key may run afresh
            keys.release(key);
            throw noOutcome;
        }
        keys.complete(key, outcome);
        return new Reply(outcome, false);
    }

    private Outcome succeed(String key, ChargeParams params) {
        Charge charge = Charge.succeeded(ids.next("ch_"), params, key, clock.instant());
        ledger.record(charge);
        return new Outcome.ChargeSucceeded(charge);
    }

    private Outcome decline(String key, ChargeParams params) {
        Charge charge = Charge.declined(ids.next("ch_"), params, key, clock.instant());
        ledger.record(charge);
        return new Outcome.ChargeDeclined(charge);
    }

    /** The late token's answer: the provider's edge gave up, the charge is still queued behind it. */
    private static final class StillProcessing extends SandboxException {

        StillProcessing() {
            super(SandboxError.providerFailure("The charge is still being processed (tok_late). "
                    + "Retry later with the same idempotency key, or look the charge up by it."));
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new SandboxException(SandboxError.invalidRequest("idempotency_key_missing",
                    "An Idempotency-Key header is required for this request."));
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new SandboxException(SandboxError.invalidRequest("idempotency_key_invalid",
                    "An Idempotency-Key must be at most %d characters long.".formatted(MAX_KEY_LENGTH)));
        }
    }
}
