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
            "concurrent purchases, or a capacity change racing them, leave more seats taken than the course has",
            Kind.CONCURRENCY),
    COUPON_OVER_REDEEMED(Boundary.DATABASE,
            "concurrent purchases redeem a coupon more often than its limit", Kind.CONCURRENCY),
    DUPLICATE_ENROLLMENT(Boundary.DATABASE,
            "a double submit or concurrent requests enrol one learner twice in one course",
            Kind.CONCURRENCY, Kind.IDEMPOTENCY),
    WRONG_STATUS_OR_SHAPE(Boundary.WEB,
            "the API answers with the wrong status code, a wrong body shape, or leaks internals such as a stack trace"),
    REPOSITORY_FAILS_ON_REAL_DATABASE(Boundary.DATABASE,
            "repository SQL that a stand-in database would accept fails, or maps wrongly, on PostgreSQL"),
    MIGRATION_BREAKS_DATA(Boundary.DATABASE,
            "a migration fails on an empty database or breaks existing data"),
    DUPLICATE_SIGNUP_EMAIL(Boundary.DATABASE,
            "two concurrent sign-ups with one email both succeed", Kind.CONCURRENCY),
    PAYMENT_TIMEOUT_AMBIGUOUS(Boundary.APPLICATION,
            "a payment timeout leaves an enrollment in an ambiguous state nobody resolves", Kind.ROLLBACK),
    RETRY_DOUBLE_CHARGE(Boundary.PAYMENT_PROVIDER,
            "a retried charge is charged twice", Kind.IDEMPOTENCY),
    DECLINE_KEEPS_SEAT(Boundary.APPLICATION,
            "a declined payment leaves the seat reserved", Kind.ROLLBACK),
    INVALID_STATE_TRANSITION(Boundary.DOMAIN,
            "an enrollment moves between states the state machine forbids"),
    EVENT_LOST_BEFORE_PUBLISH(Boundary.MESSAGING,
            "an event is lost between the commit and the publish, sent for a rolled-back change, or sent twice "
                    + "by two relays at once",
            Kind.ROLLBACK, Kind.CONCURRENCY),
    DUPLICATE_EVENT_SECOND_EMAIL(Boundary.MESSAGING,
            "a redelivered event sends a second email", Kind.IDEMPOTENCY),
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
    PAGES_RUN_INJECTED_MARKUP(Boundary.JOURNEY,
            "text from the API (a course title, say) is rendered as markup by the browser pages and runs script"),
    PAGES_INACCESSIBLE(Boundary.JOURNEY,
            "a page cannot be used with the keyboard alone or has serious accessibility violations (axe-core)"),
    FIRST_ORDER_CREDIT_GRANTED_TWICE(Boundary.DATABASE,
            "concurrent purchases of one learner each get the first-order credit", Kind.CONCURRENCY),
    CHARGE_AFTER_HOLD_EXPIRED(Boundary.APPLICATION,
            "a charge that succeeds after its enrollment expired or was rejected is kept, never refunded",
            Kind.CONCURRENCY),
    CHARGED_AMOUNT_WRONG(Boundary.DATABASE,
            "a learner is charged a total or currency other than the one their enrollment and answer show"),
    REFUND_LOST_OR_DOUBLED(Boundary.DATABASE,
            "concurrent or repeated cancels refund twice, release two seats, or answer inconsistently",
            Kind.CONCURRENCY, Kind.IDEMPOTENCY),
    LOGIN_THROTTLE_BYPASSED_BY_BURST(Boundary.DATABASE,
            "a concurrent burst of guesses gets more passwords checked than the throttle allows", Kind.CONCURRENCY),
    BAD_INPUT_ANSWERS_5XX(Boundary.WEB,
            "hostile or malformed input answers 5xx, a non-problem error or a stack trace"),
    OPERATOR_ENDPOINTS_EXPOSED(Boundary.WEB,
            "metrics or other operator endpoints are served to anyone"),
    SETTLEMENT_RACE(Boundary.DATABASE,
            "the purchase request and reconciliation settle one pending enrollment at once: both win, two events, "
                    + "a seat counted twice or a late charge kept", Kind.CONCURRENCY, Kind.IDEMPOTENCY),
    RECONCILIATION_CLAIMED_TWICE(Boundary.DATABASE,
            "two instances' reconciliation runs claim the same enrollment at once and both act on it",
            Kind.CONCURRENCY),
    HOLD_EXPIRY_WRONG(Boundary.APPLICATION,
            "a pending enrollment expires while its hold still runs, or never expires and keeps its seat"),
    IDEMPOTENCY_KEY_LIFECYCLE_BROKEN(Boundary.DATABASE,
            "a crashed request's key is taken over by two retries, not resumed from its enrollment, purged early or "
                    + "late, or replays a stale answer", Kind.CONCURRENCY, Kind.IDEMPOTENCY),
    OUTBOX_RELAY_STALLED(Boundary.MESSAGING,
            "the outbox relay stops publishing (an outage, a failing batch, a stopped runner) and nobody can see it"),
    POISON_MESSAGE_NOT_DEAD_LETTERED(Boundary.MESSAGING,
            "a message the consumer can never handle is redelivered forever or dropped, instead of dead-lettered"),
    TRACE_BROKEN(Boundary.MESSAGING,
            "a purchase's trace is cut on its way to the email (the payment call, the outbox row, the AMQP message, "
                    + "the contact lookup), so one trace id no longer ties the purchase's log lines to its email's"),
    LOCAL_STAND_IN_IN_PRODUCTION(Boundary.WIRING,
            "a production jar carries the local run's embedded PostgreSQL or SMTP server, or a service started without "
                    + "its database or mail server settings runs on a stand-in or fails without saying what to set"),
    RETENTION_PURGES_LIVE_DATA(Boundary.DATABASE,
            "a retention purge deletes rows still needed (an unpublished outbox event, a login failure inside the "
                    + "throttle window, a processed message inside the dedup window, anything younger than its "
                    + "retention) or two instances purging at once fail or leave a different result",
            Kind.CONCURRENCY),
    SCHEDULED_JOB_NOT_RUNNING(Boundary.WIRING,
            "reconciliation, the idempotency-key purge or a retention purge is not scheduled, or one failed run "
                    + "stops the schedule"),
    CLOCK_OR_TIME_ZONE_WRONG(Boundary.DATABASE,
            "a JVM or database not in UTC, or a day boundary, shifts a hold, an expiry, a validity or a retention"),
    SECRET_IN_LOGS(Boundary.WEB,
            "a password, token, API key or card token is written to a log or a toString"),
    CLIENT_ADDRESS_SPOOFED(Boundary.WEB,
            "a client picks the address the login throttle counts by sending X-Forwarded-For, or a trusted "
                    + "proxy's clients all share its one address"),
    REPORT_TOTALS_WRONG(Boundary.DATABASE,
            "the sales and fill report counts, sums or attributes enrollments, refunds, discounts or redemptions "
                    + "wrongly, or takes in enrollments outside its period"),
    CROSS_SITE_REQUEST_FORGERY(Boundary.WEB,
            "another site's page makes a logged-in browser change something (a form post riding on a cookie)"),
    BROWSER_PROTECTIONS_MISSING(Boundary.WEB,
            "a page or API answer lacks the strict Content-Security-Policy, nosniff, no-referrer or frame denial, "
                    + "or sets a cookie"),
    API_DOCUMENT_WRONG(Boundary.WEB,
            "the OpenAPI document (or its committed copy, docs/openapi.json) misses a route or a problem code the "
                    + "service answers, or calls a route open that needs a token, or the other way round"),
    NEWCOMER_PATH_BROKEN(Boundary.JOURNEY,
            "what a newcomer is told to try fails: the README's walkthrough pasted into a shell, or a purchase "
                    + "made from Swagger UI"),
    OPERATOR_METRICS_MISSING(Boundary.WIRING,
            "a series an operator's dashboard or alert relies on is missing until its first event, or counts "
                    + "wrongly (a replayed purchase counted again, an outcome under another's tag)"),
    BENCHMARK_SQL_STALE(Boundary.DATABASE,
            "the pgbench purchase script no longer issues the statements and transactions a purchase issues, "
                    + "so the database ceiling it measures is not the service's"),
    DATABASE_BLIP_FAILS_REQUEST(Boundary.DATABASE,
            "a database connection lost for a moment (server restarted, connection cut) fails the request, or the "
                    + "recovery runs again a transaction that had committed, so its writes land twice", Kind.ROLLBACK),
    CHAOS_CHECK_BLIND(Boundary.DOMAIN,
            "the chaos run's history checker passes a history that breaks a promise: an answer the database "
                    + "contradicts, a 5xx outside its own instance's kill, an operation left without an outcome");

    /**
     * What shape a risk has. A risk of any of these kinds is only trusted once a
     * {@link BrokenVariantProof} has shown its guard catching a realistic broken variant.
     */
    public enum Kind {
        /** Two requests, jobs or instances deciding at the same moment. */
        CONCURRENCY,
        /** A failure part-way that must leave nothing half-written. */
        ROLLBACK,
        /** A repeat of the same request, message or job that must change nothing more. */
        IDEMPOTENCY
    }

    private final Boundary boundary;
    private final String description;
    private final java.util.Set<Kind> kinds;

    Risk(Boundary boundary, String description, Kind... kinds) {
        this.boundary = boundary;
        this.description = description;
        this.kinds = kinds.length == 0 ? java.util.Set.of() : java.util.Set.copyOf(java.util.EnumSet.of(kinds[0], kinds));
    }

    /** The kinds that demand a broken-variant proof; empty for a plain rule. */
    public java.util.Set<Kind> kinds() {
        return kinds;
    }

    public Boundary boundary() {
        return boundary;
    }

    public String description() {
        return description;
    }
}
