package dev.roster.enrollment.purchase.application;

/** What reconciliation made of one pending payment it looked at; the tag names it in metrics. */
public enum ReconciliationOutcome {
    /** The provider had charged: confirmed. */
    CONFIRMED("confirmed"),
    /** The provider had declined: rejected, seat given back. */
    REJECTED("rejected"),
    /** No charge and the hold is over: expired, seat given back. */
    EXPIRED("expired"),
    /** The provider could not be asked, or has no charge yet within the hold: looked at again later. */
    RETRY_LATER("retry_later");

    private final String tag;

    ReconciliationOutcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
