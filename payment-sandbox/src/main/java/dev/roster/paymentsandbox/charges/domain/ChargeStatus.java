package dev.roster.paymentsandbox.charges.domain;

import java.util.Locale;

public enum ChargeStatus {
    SUCCEEDED, FAILED;

    /** As the API writes it: {@code succeeded}, {@code failed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
