package dev.roster.enrollment.payment.adapter;

import dev.roster.enrollment.payment.adapter.ProviderMessages.Charge;
import dev.roster.enrollment.payment.adapter.ProviderMessages.ChargeList;
import dev.roster.enrollment.payment.adapter.ProviderMessages.ErrorEnvelope;
import dev.roster.enrollment.payment.adapter.ProviderMessages.Refund;
import dev.roster.enrollment.payment.application.ProviderUnavailableException;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.enrollment.shared.Money;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's final HTTP answer (status and body) mapped to what the application understands: a
 * {@link ChargeOutcome}, a found {@link ProviderCharge} or a {@link RefundOutcome}. Kept apart from the HTTP
 * calls, retries and telemetry so that unit tests (and PIT) reach every rule without a provider.
 *
 * <p>{@code charge}: 2xx with status {@code succeeded} → {@code Succeeded(id)}; 2xx {@code failed} →
 * {@code Declined(id, failure_code)}; 402 → {@code Declined(error.charge, error.code)}; 400 of type
 * {@code invalid_request_error} → {@code Declined(error.charge, "invalid_request")}: our request was wrong, the
 * provider certainly charged nothing, and the purchase must not stay pending (logged at ERROR, a bug to fix);
 * any other 4xx, among them 400 {@code idempotency_error} (a charge under this key may exist) →
 * {@code Unknown} (ERROR); a malformed 2xx body or a charge for another amount → {@code Unknown}.
 * {@code refund}: 2xx {@code succeeded} or {@code pending} → {@code Refunded(id)}; 400
 * {@code charge_already_refunded} → {@code Refunded("already_refunded")}; everything else {@code Unknown}.
 */
final class ProviderAnswers {

    // The gateway's logger on purpose: the ERROR lines for a provider bug or our own bad request keep the
    // logger name operators and alerts know.
    private static final Logger log = LoggerFactory.getLogger(HttpPaymentGateway.class);

    private final JsonMapper json;

    ProviderAnswers(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    ChargeOutcome chargeOutcome(HttpAnswer answer, ChargeRequest request) {
        String key = request.idempotencyKey();
        if (answer.isSuccess()) {
            Charge charge = identified(answer, Charge.class);
            if (charge == null) {
                return new ChargeOutcome.Unknown(withoutIdAndStatus(answer, "charge"));
            }
            return switch (charge.status()) {
                case "succeeded" -> {
                    if (!sameAmount(charge, request.amount())) {
                        log.error("Payment provider answered key {} with charge {} of {} {}, but {} was asked for",
                                key, charge.id(), charge.amount(), charge.currency(), request.amount());
                        yield new ChargeOutcome.Unknown("provider charge " + charge.id() + " is for another amount");
                    }
                    yield new ChargeOutcome.Succeeded(charge.id());
                }
                case "failed" -> new ChargeOutcome.Declined(charge.id(),
                        isBlank(charge.failureCode()) ? "failed" : charge.failureCode());
                default -> new ChargeOutcome.Unknown("provider charge " + charge.id() + " is " + charge.status());
            };
        }
        ProviderMessages.Error error = errorOf(answer);
        if (answer.status() == 402) {
            return new ChargeOutcome.Declined(error == null ? null : error.charge(),
                    error == null || isBlank(error.code()) ? "declined" : error.code());
        }
        if (answer.status() == 400 && error != null && "invalid_request_error".equals(error.type())) {
            log.error("Payment provider rejected our charge request for key {} as invalid ({}: {}); declining it",
                    key, error.code(), error.message());
            return new ChargeOutcome.Declined(error.charge(), "invalid_request");
        }
        log.error("Payment provider answered the charge for key {} with {}; the outcome is unknown", key,
                describe(answer));
        return new ChargeOutcome.Unknown("provider answered " + describe(answer));
    }

    /** @throws ProviderUnavailableException when the answer says nothing certain about the key */
    Optional<ProviderCharge> foundCharge(HttpAnswer answer, String key) {
        if (!answer.isSuccess()) {
            throw new ProviderUnavailableException("provider answered " + describe(answer), null);
        }
        ChargeList list = parse(answer, ChargeList.class);
        if (list == null || list.data() == null) {
            throw new ProviderUnavailableException("malformed provider answer: no charge list", null);
        }
        List<Charge> charges = list.data();
        if (charges.isEmpty()) {
            return Optional.empty();
        }
        Charge charge = charges.getFirst();
        if (charge == null || isBlank(charge.id()) || charge.amount() == null || isBlank(charge.currency())) {
            throw new ProviderUnavailableException("malformed provider answer: incomplete charge", null);
        }
        ProviderCharge.Status status = switch (String.valueOf(charge.status())) {
            case "succeeded" -> ProviderCharge.Status.SUCCEEDED;
            case "failed" -> ProviderCharge.Status.FAILED;
            default -> throw new ProviderUnavailableException(
                    "provider charge " + charge.id() + " is " + charge.status() + "; ask again later", null);
        };
        Money amount;
        try {
            amount = Money.of(charge.amount(), charge.currency().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProviderUnavailableException("malformed provider answer: currency " + charge.currency(), e);
        }
        String recordedKey = isBlank(charge.idempotencyKey()) ? key : charge.idempotencyKey();
        return Optional.of(new ProviderCharge(charge.id(), recordedKey, status, amount,
                Boolean.TRUE.equals(charge.refunded())));
    }

    RefundOutcome refundOutcome(HttpAnswer answer, String chargeId, String key) {
        if (answer.isSuccess()) {
            Refund refund = identified(answer, Refund.class);
            if (refund == null) {
                return new RefundOutcome.Unknown(withoutIdAndStatus(answer, "refund"));
            }
            return switch (refund.status()) {
                case "succeeded", "pending" -> new RefundOutcome.Refunded(refund.id());
                default -> new RefundOutcome.Unknown("provider refund " + refund.id() + " is " + refund.status());
            };
        }
        ProviderMessages.Error error = errorOf(answer);
        if (answer.status() == 400 && error != null && "charge_already_refunded".equals(error.code())) {
            return new RefundOutcome.Refunded(HttpPaymentGateway.ALREADY_REFUNDED);
        }
        if (answer.status() >= 400 && answer.status() < 500) {
            log.error("Payment provider answered the refund of {} for key {} with {}", chargeId, key,
                    describe(answer));
        }
        return new RefundOutcome.Unknown("provider answered " + describe(answer));
    }

    /** "HTTP 500 api_error/code", from the error body when there is one; never the body itself. */
    String describe(HttpAnswer answer) {
        ProviderMessages.Error error = answer.isSuccess() ? null : errorOf(answer);
        if (error == null) {
            return "HTTP " + answer.status();
        }
        return "HTTP " + answer.status() + (isBlank(error.type()) ? "" : " " + error.type())
                + (isBlank(error.code()) ? "" : "/" + error.code());
    }

    private static boolean sameAmount(Charge charge, Money asked) {
        boolean amountMatches = charge.amount() == null || charge.amount() == asked.amountMinor();
        boolean currencyMatches = charge.currency() == null
                || charge.currency().equalsIgnoreCase(asked.currency().getCurrencyCode());
        return amountMatches && currencyMatches;
    }

    /**
     * The charge or refund a successful answer carries, or null when it is not one we can act on: the
     * same rule for both, since the outcome is read from the id and the status.
     */
    private <T extends ProviderMessages.Identified> T identified(HttpAnswer answer, Class<T> type) {
        T parsed = parse(answer, type);
        return parsed == null || isBlank(parsed.id()) || parsed.status() == null ? null : parsed;
    }

    private static String withoutIdAndStatus(HttpAnswer answer, String what) {
        return "malformed provider answer: HTTP " + answer.status() + " without a " + what + " id and status";
    }

    private <T> T parse(HttpAnswer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ProviderMessages.Error errorOf(HttpAnswer answer) {
        ErrorEnvelope envelope = parse(answer, ErrorEnvelope.class);
        return envelope == null ? null : envelope.error();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
