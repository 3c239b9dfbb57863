package dev.roster.testkit.risk;

/**
 * Where a risk lives, which is where the cheapest honest test for it sits.
 */
public enum Boundary {
    /** Pure rules in plain Java: unit tests. */
    DOMAIN,
    /** Use-case orchestration over ports: application tests with in-memory fakes. */
    APPLICATION,
    /** SQL, constraints, transactions and concurrency: integration tests on real PostgreSQL. */
    DATABASE,
    /** Status codes, problem details, authentication and authorization: web integration tests. */
    WEB,
    /** The HTTP client of the external payment provider: adapter tests against WireMock. */
    PAYMENT_PROVIDER,
    /** Outbox, relay and consumers: integration tests on real RabbitMQ. */
    MESSAGING,
    /** Agreement between services: Pact consumer and provider tests. */
    CONTRACT,
    /**
     * Start-up wiring and configuration: beans, schedules and properties as the service really
     * starts them, on real infrastructure: integration tests of the service's own context.
     */
    WIRING,
    /** The running system as a user meets it: end-to-end journeys. */
    JOURNEY
}
