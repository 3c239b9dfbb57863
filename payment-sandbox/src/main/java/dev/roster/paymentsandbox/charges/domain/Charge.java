package dev.roster.paymentsandbox.charges.domain;

import dev.roster.paymentsandbox.shared.SandboxError;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A charge as the provider records it. Immutable: a refund makes a new value, so a response that
 * was stored for replay keeps showing the charge as it was when the response was first written.
 *
 * @param failureCode why a failed charge failed ({@code card_declined}); null when it succeeded
 */
public record Charge(
        String id,
        long amount,
        String currency,
        String source,
        String description,
        ChargeStatus status,
        String failureCode,
        String idempotencyKey,
        Instant created,
        boolean refunded) {

    public static final String CARD_DECLINED = "card_declined";

    public Charge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(created, "created");
        if ((status == ChargeStatus.FAILED) != (failureCode != null)) {
            throw new IllegalArgumentException("a failed charge, and only a failed one, has a failure code");
        }
        if (refunded && status != ChargeStatus.SUCCEEDED) {
            throw new IllegalArgumentException("only a succeeded charge can be refunded");
        }
    }

    public static Charge succeeded(String id, ChargeParams params, String idempotencyKey, Instant created) {
        return new Charge(id, params.amount(), params.currency(), params.source(), params.description(),
                ChargeStatus.SUCCEEDED, null, idempotencyKey, created, false);
    }

    public static Charge declined(String id, ChargeParams params, String idempotencyKey, Instant created) {
        return new Charge(id, params.amount(), params.currency(), params.source(), params.description(),
                ChargeStatus.FAILED, CARD_DECLINED, idempotencyKey, created, false);
    }

    /** Money moved: the charge succeeded (a later refund does not change that). */
    public boolean paid() {
        return status == ChargeStatus.SUCCEEDED;
    }

    /** Why this charge cannot be refunded now, if it cannot. */
    public Optional<SandboxError> refundRefusal() {
        if (status != ChargeStatus.SUCCEEDED) {
            return Optional.of(new SandboxError(SandboxError.Kind.INVALID_REQUEST, "charge_not_refundable",
                    "Charge %s has failed; there is nothing to refund.".formatted(id), "charge", null));
        }
        if (refunded) {
            return Optional.of(new SandboxError(SandboxError.Kind.INVALID_REQUEST, "charge_already_refunded",
                    "Charge %s has already been refunded.".formatted(id), "charge", null));
        }
        return Optional.empty();
    }

    public Charge asRefunded() {
        if (refundRefusal().isPresent()) {
            throw new IllegalStateException(refundRefusal().get().message());
        }
        return new Charge(id, amount, currency, source, description, status, failureCode, idempotencyKey, created,
                true);
    }
}
