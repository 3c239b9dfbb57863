package dev.roster.enrollment.purchase.application;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.application.InMemoryCourses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.domain.ChargeOutcome;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.enrollment.payment.domain.ProviderCharge;
import dev.roster.enrollment.payment.domain.RefundOutcome;
import dev.roster.enrollment.pricing.application.FixedLearnerStandings;
import dev.roster.enrollment.pricing.application.InMemoryCoupons;
import dev.roster.enrollment.pricing.application.InMemoryFirstOrderCredits;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.purchase.adapter.CatalogAdapter;
import dev.roster.enrollment.purchase.adapter.PricingAdapter;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.testkit.time.MutableClock;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The idempotent purchase over in-memory fakes: what a retry under one key gets, and what it never gets twice. */
@Guards(Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN)
class IdempotentPurchaseServiceTest {

    private static final IdempotencyKey KEY = new IdempotencyKey("checkout-1");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final AtomicLong sequence = new AtomicLong();
    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemorySeats seats = new InMemorySeats();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryCoupons coupons = new InMemoryCoupons();
    private final InMemoryFirstOrderCredits credits = new InMemoryFirstOrderCredits();
    private final RecordedEvents events = new RecordedEvents();
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys(clock);
    private final FakePaymentGateway provider = new FakePaymentGateway();
    private final DyingAfterTheCharge gateway = new DyingAfterTheCharge(provider);
    private final Transactions transactions = new RollingBackTransactions(seats, enrollments, coupons, credits, events,
            keys);
    private final CatalogService catalog = new CatalogService(courses);
    private final QuoteService pricing = new QuoteService(catalog, coupons, credits, new FixedLearnerStandings(),
            PricingPolicy.allRules(), clock);
    private final CatalogAdapter onSale = new CatalogAdapter(catalog);
    private final OrderHolds holds = new OrderHolds(seats, new PricingAdapter(pricing));
    private final SettlementService settlement = new SettlementService(enrollments, holds, events, onSale, gateway,
            transactions, this::nextId, clock);
    private final PurchaseService purchases = new PurchaseService(onSale, holds, enrollments, gateway, settlement,
            transactions, this::nextId, clock, Duration.ofMinutes(15));
    private final RecordedOutcomes outcomes = new RecordedOutcomes();
    private final IdempotentPurchaseService idempotent = new IdempotentPurchaseService(purchases, keys, IdempotentPurchaseServiceTest::answer,
            transactions, outcomes);
    private final LearnerId ada = new LearnerId(UUID.randomUUID());

    private UUID nextId() {
        return new UUID(1, sequence.incrementAndGet());
    }

    /** The answer as a client would read it, told apart by status, location and a body naming the result. */
    private static PurchaseAnswer answer(PurchaseResult result) {
        String body = result.getClass().getSimpleName() + " " + result.enrollment().id();
        return switch (result) {
            case PurchaseResult.Confirmed confirmed ->
                    new PurchaseAnswer(201, Optional.of("/enrollments/" + result.enrollment().id()), body);
            case PurchaseResult.Pending pending ->
                    new PurchaseAnswer(202, Optional.of("/enrollments/" + result.enrollment().id()), body);
            case PurchaseResult.Declined declined -> new PurchaseAnswer(402, Optional.empty(), body);
        };
    }

    private Course openCourse(int capacity) {
        Course course = aCourse().withCapacity(capacity).withPrice(Money.of(50_00, "EUR")).build();
        courses.addIfAbsent(course);
        seats.track(course);
        return course;
    }

    private PurchaseAnswer buy(Course course, String token) {
        return buy(KEY, course, token);
    }

    private PurchaseAnswer buy(IdempotencyKey key, Course course, String token) {
        Purchase purchase = Purchase.of(ada, course.id().value(), null, token);
        return idempotent.purchase(key, RequestFingerprint.of(course.id().toString(), null, token), purchase);
    }

    @Test
    @Guards({Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN, Risk.RETRY_DOUBLE_CHARGE})
    void replaysTheStoredAnswerWithoutASecondSeatOrCharge() {
        Course course = openCourse(10);

        PurchaseAnswer first = buy(course, "tok_visa");
        PurchaseAnswer retry = buy(course, "tok_visa");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body()).startsWith("Confirmed ");
        assertThat(retry).isEqualTo(first);
        assertThat(seats.taken(course.id())).isEqualTo(1);
        assertThat(provider.chargeCalls()).isEqualTo(1);
        assertThat(outcomes.purchases()).as("the replay counts no second purchase")
                .containsExactly(PurchaseOutcome.CONFIRMED);
    }

    @Test
    void reportsEachAnswerOnceWithItsOutcome() {
        PurchaseAnswer declined = buy(new IdempotencyKey("declined"), openCourse(10), "tok_chargeDeclined");
        PurchaseAnswer pending = buy(new IdempotencyKey("pending"), openCourse(10), "tok_slow");

        assertThat(declined.status()).isEqualTo(402);
        assertThat(pending.status()).isEqualTo(202);
        assertThat(outcomes.purchases()).containsExactly(PurchaseOutcome.DECLINED, PurchaseOutcome.PENDING);
    }

    @Test
    void refusesTheKeyForAnotherRequestAndLeavesTheFirstAnswerStored() {
        Course course = openCourse(10);
        PurchaseAnswer first = buy(course, "tok_visa");

        assertThatThrownBy(() -> buy(course, "tok_chargeDeclined"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("idempotency_key_reused");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                });
        assertThat(buy(course, "tok_visa")).isEqualTo(first);
    }

    @Test
    void tellsARequestThatAnotherWithTheKeyIsStillRunning() {
        Course course = openCourse(10);
        keys.claim(ada, KEY, RequestFingerprint.of(course.id().toString(), null, "tok_visa"));

        assertThatThrownBy(() -> buy(course, "tok_visa"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("request_in_progress");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(seats.taken(course.id())).isZero();
        assertThat(provider.chargeCalls()).isZero();
        assertThat(outcomes.purchases()).as("no purchase ran").isEmpty();
    }

    @Test
    void givesTheKeyUpWhenThePurchaseIsRefusedSoARetryRunsAfresh() {
        Course course = openCourse(1);
        seats.reserve(course.id()); // the last seat went to someone else after the catalog was read

        assertThatThrownBy(() -> buy(course, "tok_visa")).hasFieldOrPropertyWithValue("code", "course_full");

        seats.release(course.id());
        assertThat(buy(course, "tok_visa").status()).as("the retry ran, not a replay of nothing").isEqualTo(201);
        assertThat(outcomes.purchases()).as("the refused request and its retry, each with its own outcome")
                .containsExactly(PurchaseOutcome.COURSE_FULL, PurchaseOutcome.CONFIRMED);
    }

    @Test
    @Guards({Risk.IDEMPOTENCY_KEY_LIFECYCLE_BROKEN, Risk.RETRY_DOUBLE_CHARGE})
    void resumesARequestThatDiedAfterReservingFromItsEnrollmentWithoutChargingAgain() {
        Course course = openCourse(10);
        gateway.dieAfterTheNextCharge();

        assertThatThrownBy(() -> buy(course, "tok_slow")).isInstanceOf(InstanceDied.class);
        PurchaseAnswer resumed = buy(course, "tok_slow");

        assertThat(resumed.status()).as("the enrollment is still pending its payment's outcome").isEqualTo(202);
        assertThat(resumed.body()).startsWith("Pending ");
        assertThat(enrollments.ofLearner(ada, new PageRequest(0, 10)).items()).as("one enrollment, not two")
                .singleElement().extracting(e -> e.status()).isEqualTo(EnrollmentStatus.PENDING_PAYMENT);
        assertThat(provider.chargeCalls()).isEqualTo(1);
        assertThat(seats.taken(course.id())).isEqualTo(1);
        assertThat(buy(course, "tok_slow")).as("the resumed answer is stored too").isEqualTo(resumed);
        assertThat(outcomes.purchases()).as("the request that died counted nothing; its resumption counted once")
                .containsExactly(PurchaseOutcome.PENDING);
    }

    private static final class InstanceDied extends RuntimeException {
        InstanceDied() {
            super("the instance died after the provider charged");
        }
    }

    /** The provider charges, and then the instance dies before it hears the answer, when told to. */
    private static final class DyingAfterTheCharge implements PaymentGateway {

        private final PaymentGateway provider;
        private boolean dieNext;

        DyingAfterTheCharge(PaymentGateway provider) {
            this.provider = provider;
        }

        void dieAfterTheNextCharge() {
            dieNext = true;
        }

        @Override
        public ChargeOutcome charge(ChargeRequest request) {
            ChargeOutcome outcome = provider.charge(request);
            if (dieNext) {
                dieNext = false;
                throw new InstanceDied();
            }
            return outcome;
        }

        @Override
        public Optional<ProviderCharge> findCharge(String idempotencyKey) {
            return provider.findCharge(idempotencyKey);
        }

        @Override
        public RefundOutcome refund(String chargeId, String idempotencyKey) {
            return provider.refund(chargeId, idempotencyKey);
        }
    }
}
