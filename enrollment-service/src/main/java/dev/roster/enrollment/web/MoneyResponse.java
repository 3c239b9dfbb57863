package dev.roster.enrollment.web;

import dev.roster.enrollment.shared.Money;

/**
 * Money as the API shows it: the amount as a decimal string in major units ({@code "129.00"}), so
 * no client parses it into a binary floating-point number, and the ISO 4217 currency code.
 */
public record MoneyResponse(String amount, String currency) {

    public static MoneyResponse of(Money money) {
        return new MoneyResponse(money.toDecimal().toPlainString(), money.currency().getCurrencyCode());
    }
}
