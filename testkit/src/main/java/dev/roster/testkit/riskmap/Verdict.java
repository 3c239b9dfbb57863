package dev.roster.testkit.riskmap;

/** What the map says of one risk, worst first. */
public enum Verdict {
    /** A record names a risk the registry does not have. */
    UNKNOWN_RISK("UNKNOWN RISK"),
    /** A guard or proof that is not quarantined failed in this build. */
    FAILING("FAILING"),
    /** No passing, non-quarantined guard at a level that counts at the risk's boundary. */
    MISSING_GUARD_AT_BOUNDARY("MISSING GUARD AT BOUNDARY"),
    /** The risk has kinds, and no passing, non-quarantined broken-variant proof. */
    MISSING_PROOF("MISSING PROOF"),
    GUARDED("GUARDED"),
    GUARDED_AND_PROVEN("GUARDED+PROVEN");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isGap() {
        return this != GUARDED && this != GUARDED_AND_PROVEN;
    }
}
