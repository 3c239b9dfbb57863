package dev.roster.paymentsandbox.charges.domain;

/** Charge parameters with sensible defaults (490.00 EUR on tok_visa); tests state only what matters. */
public final class ChargeParamsFixtures {

    private long amount = 49_000;
    private String currency = "eur";
    private String source = TestToken.VISA.source();
    private String description = "Seat in JAVA-101";

    private ChargeParamsFixtures() {
    }

    public static ChargeParamsFixtures aCharge() {
        return new ChargeParamsFixtures();
    }

    public static ChargeParams aChargeWith(TestToken token) {
        return aCharge().withToken(token).build();
    }

    public ChargeParamsFixtures withAmount(long amount) {
        this.amount = amount;
        return this;
    }

    public ChargeParamsFixtures withCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    public ChargeParamsFixtures withToken(TestToken token) {
        this.source = token.source();
        return this;
    }

    public ChargeParamsFixtures withDescription(String description) {
        this.description = description;
        return this;
    }

    public ChargeParams build() {
        return new ChargeParams(amount, currency, source, description);
    }
}
