package dev.roster.paymentsandbox.charges.domain;

import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parameters of a charge, valid by construction. Invalid parameters are refused before any
 * idempotency key is claimed, so a corrected retry with the same key goes through (as with Stripe,
 * where a request that fails validation saves no result).
 *
 * @param amount      in the currency's minor unit, at least 1
 * @param currency    a lowercase ISO 4217 code such as {@code eur}
 * @param source      a card token, see {@link TestToken}
 * @param description free text, may be null
 */
public record ChargeParams(long amount, String currency, String source, String description)
        implements IdempotentRequest {

    /** Stripe's upper bound for an amount (eight digits). */
    public static final long MAX_AMOUNT = 99_999_999L;
    private static final Pattern LOWERCASE_CODE = Pattern.compile("[a-z]{3}");

    public ChargeParams {
        if (amount < 1) {
            throw invalid("amount", "Amount must be at least 1 (in the currency's smallest unit), got " + amount + ".");
        }
        if (amount > MAX_AMOUNT) {
            throw invalid("amount", "Amount must be no more than " + MAX_AMOUNT + ", got " + amount + ".");
        }
        if (currency == null) {
            throw missing("currency");
        }
        if (!isLowercaseIsoCurrency(currency)) {
            throw invalid("currency", "Invalid currency: '%s'. Use a lowercase three-letter ISO 4217 code such as 'eur'."
                    .formatted(currency));
        }
        if (source == null || source.isBlank()) {
            throw missing("source");
        }
        TestToken.of(source);
    }

    /** From the request body, where every field may be missing. */
    public static ChargeParams of(Long amount, String currency, String source, String description) {
        if (amount == null) {
            throw missing("amount");
        }
        return new ChargeParams(amount, currency, source, description);
    }

    public TestToken token() {
        return TestToken.of(source);
    }

    private static boolean isLowercaseIsoCurrency(String code) {
        if (!LOWERCASE_CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static SandboxException missing(String param) {
        return invalid(param, "Missing required param: " + param + ".");
    }

    private static SandboxException invalid(String param, String message) {
        return new SandboxException(SandboxError.invalidParameter(param, message));
    }
}
