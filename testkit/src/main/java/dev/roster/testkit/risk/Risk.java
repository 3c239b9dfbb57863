package dev.roster.testkit.risk;

/**
 * The registry of named risks: each risk is named once, with the boundary where it lives.
 * Tests that guard a risk say so with {@link Guards}; the risk map is built from those marks
 * and the records that {@link TestRecordListener} writes.
 */
public enum Risk {
    COURSE_RULE_WRONG(Boundary.DOMAIN,
            "a course accepts a capacity below its seats taken, or other impossible values"),
    INVARIANT_NOT_ENFORCED_BY_DATABASE(Boundary.DATABASE,
            "the database stores a row the domain forbids (negative capacity, more seats taken than capacity)"),
    ELIGIBILITY_RULE_WRONG(Boundary.DOMAIN,
            "a learner may buy a seat they should not, or is refused one they should get"),
    PRICING_RULE_WRONG(Boundary.DOMAIN,
            "tiers, stacking, coupon, first-order credit, cap or rounding compute the wrong price"),
    OVERSELL(Boundary.DATABASE,
            "concurrent purchases take more seats than the course has"),
    COUPON_OVER_REDEEMED(Boundary.DATABASE,
            "concurrent purchases redeem a coupon more often than its limit"),
    DUPLICATE_ENROLLMENT(Boundary.DATABASE,
            "a double submit or concurrent requests enrol one learner twice in one course"),
    WRONG_STATUS_OR_SHAPE(Boundary.WEB,
            "the API answers with the wrong status code, a wrong body shape, or leaks internals such as a stack trace"),
    REPOSITORY_FAILS_ON_REAL_DATABASE(Boundary.DATABASE,
            "repository SQL that a stand-in database would accept fails, or maps wrongly, on PostgreSQL"),
    MIGRATION_BREAKS_DATA(Boundary.DATABASE,
            "a migration fails on an empty database or breaks existing data"),
    DUPLICATE_SIGNUP_EMAIL(Boundary.DATABASE,
            "two concurrent sign-ups with one email both succeed"),
    PAYMENT_TIMEOUT_AMBIGUOUS(Boundary.APPLICATION,
            "a payment timeout leaves an enrollment in an ambiguous state nobody resolves"),
    RETRY_DOUBLE_CHARGE(Boundary.PAYMENT_PROVIDER,
            "a retried charge is charged twice"),
    DECLINE_KEEPS_SEAT(Boundary.APPLICATION,
            "a declined payment leaves the seat reserved"),
    INVALID_STATE_TRANSITION(Boundary.DOMAIN,
            "an enrollment moves between states the state machine forbids"),
    EVENT_LOST_BEFORE_PUBLISH(Boundary.MESSAGING,
            "an event is lost between the commit and the publish"),
    DUPLICATE_EVENT_SECOND_EMAIL(Boundary.MESSAGING,
            "a redelivered event sends a second email"),
    EVENT_SCHEMA_DRIFT(Boundary.CONTRACT,
            "producer and consumer disagree on the event messages"),
    API_DRIFT(Boundary.CONTRACT,
            "notification-service and enrollment-service disagree on the HTTP API"),
    TOKEN_EXPIRY_AND_REVOCATION(Boundary.WEB,
            "an expired or revoked token is still accepted"),
    CROSS_LEARNER_READ(Boundary.WEB,
            "one learner reads another learner's data"),
    SLOW_OR_UNAVAILABLE_DEPENDENCY(Boundary.PAYMENT_PROVIDER,
            "a slow or unavailable provider or broker exhausts or stops the service"),
    CRITICAL_JOURNEY_BROKEN(Boundary.JOURNEY,
            "wiring or configuration breaks the journey from browsing to a confirmed seat"),
    BAD_INPUT_ANSWERS_5XX(Boundary.WEB,
            "hostile or malformed input answers 5xx, a non-problem error or a stack trace");

    private final Boundary boundary;
    private final String description;

    Risk(Boundary boundary, String description) {
        this.boundary = boundary;
        this.description = description;
    }

    public Boundary boundary() {
        return boundary;
    }

    public String description() {
        return description;
    }
}
