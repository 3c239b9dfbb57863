package dev.roster.enrollment.purchase.application;

import java.util.List;

/**
 * How one purchase ended, as operators count it: the answer stored under its Idempotency-Key
 * (confirmed, declined, pending), or why it was refused. A request that fails without an answer (a 500,
 * counted by {@code http.server.requests}) is not an outcome: its retry resumes it and counts it then.
 * The tag names it in metrics.
 */
public enum PurchaseOutcome {
    /** Paid (or nothing to pay) and confirmed: 201. */
    CONFIRMED("confirmed"),
    /** The provider declined the charge; the seat was given back: 402. */
    DECLINED("declined"),
    /** The charge's outcome is unknown; reconciliation settles it later: 202. */
    PENDING("pending"),
    COURSE_FULL("course_full"),
    COURSE_NOT_OPEN("course_not_open"),
    COURSE_NOT_FOUND("course_not_found"),
    ALREADY_ENROLLED("already_enrolled"),
    COUPON_INVALID("coupon_invalid"),
    /** Refused for a reason not listed above (a new refusal nobody added here yet). */
    REFUSED_OTHERWISE("refused_otherwise");

    private final String tag;

    PurchaseOutcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The refusals whose tag is the refusal's problem code. */
    private static final List<PurchaseOutcome> REFUSALS =
            List.of(COURSE_FULL, COURSE_NOT_OPEN, COURSE_NOT_FOUND, ALREADY_ENROLLED, COUPON_INVALID);

    /** The outcome of a refusal with this problem code; {@link #REFUSED_OTHERWISE} for a code not listed. */
    public static PurchaseOutcome refusedWith(String code) {
        return REFUSALS.stream().filter(outcome -> outcome.tag.equals(code)).findFirst().orElse(REFUSED_OTHERWISE);
    }
}
