package dev.roster.paymentsandbox.charges.application;

import static dev.roster.paymentsandbox.charges.domain.ChargeParamsFixtures.aCharge;
import static dev.roster.paymentsandbox.charges.domain.ChargeParamsFixtures.aChargeWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roster.paymentsandbox.charges.domain.Charge;
import dev.roster.paymentsandbox.charges.domain.ChargeParams;
import dev.roster.paymentsandbox.charges.domain.ChargeStatus;
import dev.roster.paymentsandbox.charges.domain.Refund;
import dev.roster.paymentsandbox.charges.domain.RefundParams;
import dev.roster.paymentsandbox.charges.domain.TestToken;
import dev.roster.paymentsandbox.shared.Pause;
import dev.roster.paymentsandbox.shared.RandomIds;
import dev.roster.paymentsandbox.shared.SandboxError;
import dev.roster.paymentsandbox.shared.SandboxException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChargeServiceTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final long SEED = 20_260_301L;
    static final Duration SLOW_DELAY = Duration.ofSeconds(3);
    static final Duration LATE_DELAY = Duration.ofSeconds(45);

    final Ledger ledger = new Ledger();
    final IdempotencyKeys keys = new IdempotencyKeys();
    final RecordingPause pause = new RecordingPause();
    final ManualLater later = new ManualLater();
    final ChargeService service = serviceWith(pause, 2);
    /** The same seeded sequence the service draws its ids from. */
    final RandomIds expectedIds = new RandomIds(new Random(SEED));

    ChargeService serviceWith(Pause pause, int flakyFailures) {
        return new ChargeService(ledger, keys, new RandomIds(new Random(SEED)), Clock.fixed(NOW, ZoneOffset.UTC),
                pause, later, new SandboxBehaviour(SLOW_DELAY, flakyFailures, LATE_DELAY));
    }

    @Nested
    class Tokens {

        @Test
        void chargesAVisaCardWithTheNextIdAndTheClocksTime() {
            Reply reply = service.charge("k1", aCharge().withAmount(49_000).withDescription("Seat").build());

            Charge expected = new Charge(expectedIds.next("ch_"), 49_000, "eur", "tok_visa", "Seat",
                    ChargeStatus.SUCCEEDED, null, "k1", NOW, false);
            assertThat(reply).isEqualTo(new Reply(new Outcome.ChargeSucceeded(expected), false));
            assertThat(service.charges()).containsExactly(expected);
            assertThat(pause.asked()).isEmpty();
        }

        @Test
        void declinesAndRecordsTheChargeAsFailed() {
            Reply reply = service.charge("k1", aChargeWith(TestToken.CHARGE_DECLINED));

            String chargeId = expectedIds.next("ch_");
            assertThat(reply.outcome()).isInstanceOfSatisfying(Outcome.ChargeDeclined.class, declined -> {
                assertThat(declined.charge().id()).isEqualTo(chargeId);
                assertThat(declined.charge().status()).isEqualTo(ChargeStatus.FAILED);
                assertThat(declined.charge().failureCode()).isEqualTo("card_declined");
                assertThat(declined.error()).isEqualTo(SandboxError.cardDeclined(chargeId));
            });
            assertThat(service.chargeMadeWith("k1")).get().extracting(Charge::status).isEqualTo(ChargeStatus.FAILED);
        }

        @Test
        void answersTheSlowTokenAfterTheSlowDelayWithTheChargeRecorded() {
            Reply reply = service.charge("k1", aChargeWith(TestToken.SLOW));

            assertThat(reply.outcome()).isInstanceOf(Outcome.ChargeSucceeded.class);
            assertThat(pause.asked()).containsExactly(SLOW_DELAY);
            assertThat(service.chargeMadeWith("k1")).isPresent();
        }

        @Test
        void recordsTheSlowChargeBeforeItAnswersSoAClientThatGaveUpFindsIt() {
            HeldPause held = new HeldPause();
            ChargeService slowService = serviceWith(held, 2);
            CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(
                    () -> slowService.charge("k1", aChargeWith(TestToken.SLOW)));
            await().until(() -> held.holding() == 1);

            assertThat(slowService.chargeMadeWith("k1")).get().extracting(Charge::status)
                    .isEqualTo(ChargeStatus.SUCCEEDED);

            held.letGo();
            assertThat(slow.join().outcome()).isInstanceOf(Outcome.ChargeSucceeded.class);
        }

        @Test
        void refusesAMissingKeyBeforeAnythingIsCharged() {
            assertInvalidRequest(() -> service.charge(null, aCharge().build()), "idempotency_key_missing");
            assertInvalidRequest(() -> service.charge(" ", aCharge().build()), "idempotency_key_missing");
            assertInvalidRequest(() -> service.charge("k".repeat(256), aCharge().build()), "idempotency_key_invalid");
            assertThat(service.charge("k".repeat(255), aCharge().build()).outcome())
                    .isInstanceOf(Outcome.ChargeSucceeded.class);
            assertThat(service.charges()).hasSize(1);
        }
    }

    @Nested
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    class LateToken {

        final ChargeParams late = aCharge().withToken(TestToken.LATE).withAmount(39_000).withDescription("Late seat")
                .build();

        @Test
        void answers500StillProcessingAfterTheSlowDelayWithNothingChargedYet() {
            assertThatThrownBy(() -> service.charge("k1", late))
                    .isInstanceOfSatisfying(SandboxException.class, refused -> {
                        assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.PROVIDER_FAILURE);
                        assertThat(refused.error().type()).isEqualTo("api_error");
                        assertThat(refused.error().message()).contains("still being processed");
                    });

            assertThat(pause.asked()).containsExactly(SLOW_DELAY);
            assertThat(service.charges()).isEmpty();
            assertThat(service.chargeMadeWith("k1")).isEmpty();
        }

        @Test
        void schedulesTheChargeTheLateDelayAfterTheRequestCameNotAfterItsAnswer() {
            List<List<Duration>> scheduledWhenPausing = new ArrayList<>();
            ChargeService watched = serviceWith(duration -> scheduledWhenPausing.add(later.waiting()), 2);

            assertProviderFailure(() -> watched.charge("k1", late));

            assertThat(scheduledWhenPausing).containsExactly(List.of(LATE_DELAY));
            assertThat(later.waiting()).containsExactly(LATE_DELAY);
        }

        @Test
        void refusesARetryWithTheKeyAsInProgressUntilTheLateChargeIsMade() {
            assertProviderFailure(() -> service.charge("k1", late));

            assertThatThrownBy(() -> service.charge("k1", late))
                    .isInstanceOfSatisfying(SandboxException.class, refused ->
                            assertThat(refused.error().code()).isEqualTo("request_in_progress"));
            assertThat(keys.isInProgress("k1")).isTrue();
            assertThat(service.chargeMadeWith("k1")).isEmpty();
            assertThat(later.waiting()).as("the refused retry schedules no second charge").hasSize(1);
        }

        @Test
        void recordsTheChargeAsSucceededWithItsAmountOnceTheLateDelayHasPassed() {
            assertProviderFailure(() -> service.charge("k1", late));

            later.runAll();

            Charge expected = new Charge(expectedIds.next("ch_"), 39_000, "eur", "tok_late", "Late seat",
                    ChargeStatus.SUCCEEDED, null, "k1", NOW, false);
            assertThat(service.chargeMadeWith("k1")).contains(expected);
            assertThat(service.charges()).containsExactly(expected);
            assertThat(keys.isInProgress("k1")).isFalse();
        }

        @Test
        void replaysTheLateSuccessToARetryWithTheSameKeyWithoutChargingAgain() {
            assertProviderFailure(() -> service.charge("k1", late));
            later.runAll();
            Charge made = service.chargeMadeWith("k1").orElseThrow();

            Reply retry = service.charge("k1", late);

            assertThat(retry).isEqualTo(new Reply(new Outcome.ChargeSucceeded(made), true));
            assertThat(service.charges()).hasSize(1);
            assertThat(later.waiting()).isEmpty();
            assertThat(pause.asked()).as("a replay answers at once").containsExactly(SLOW_DELAY);
        }

        @Test
        void refusesTheKeyWithOtherParametersOnceTheLateChargeIsMade() {
            assertProviderFailure(() -> service.charge("k1", late));
            later.runAll();

            assertThatThrownBy(() -> service.charge("k1", aChargeWith(TestToken.VISA)))
                    .isInstanceOfSatisfying(SandboxException.class, refused ->
                            assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.IDEMPOTENCY_MISMATCH));
            assertThat(service.charges()).hasSize(1);
        }

        @Test
        void freesTheKeyWhenTheLateChargeCannotBeScheduled() {
            ChargeService refusing = new ChargeService(ledger, keys, new RandomIds(new Random(SEED)),
                    Clock.fixed(NOW, ZoneOffset.UTC), pause, (delay, task) -> {
                        throw new IllegalStateException("shutting down");
                    }, new SandboxBehaviour(SLOW_DELAY, 2, LATE_DELAY));

            assertThatThrownBy(() -> refusing.charge("k1", late)).isInstanceOf(IllegalStateException.class);

            assertThat(keys.isInProgress("k1")).isFalse();
            assertThat(service.charges()).isEmpty();
        }
    }

    @Nested
    @Guards(Risk.RETRY_DOUBLE_CHARGE)
    class Idempotency {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"tok_visa", "tok_chargeDeclined", "tok_slow"})
        void replaysTheFirstOutcomeWithoutChargingAgain(String source) {
            ChargeParams params = aCharge().withToken(TestToken.of(source)).build();
            Reply first = service.charge("k1", params);

            Reply second = service.charge("k1", aCharge().withToken(TestToken.of(source)).build());
            Reply third = service.charge("k1", params);

            assertThat(first.replayed()).isFalse();
            assertThat(second).isEqualTo(new Reply(first.outcome(), true));
            assertThat(third).isEqualTo(second);
            assertThat(service.charges()).hasSize(1);
        }

        @Test
        void refusesTheSameKeyWithOtherParametersAndChargesNothingMore() {
            service.charge("k1", aCharge().withAmount(49_000).build());

            assertThatThrownBy(() -> service.charge("k1", aCharge().withAmount(39_000).build()))
                    .isInstanceOfSatisfying(SandboxException.class, refused ->
                            assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.IDEMPOTENCY_MISMATCH));
            assertThat(service.charges()).hasSize(1);
        }

        @Test
        void refusesAKeyWhoseSlowChargeIsStillInProgress() {
            HeldPause held = new HeldPause();
            ChargeService slowService = serviceWith(held, 2);
            ChargeParams slow = aChargeWith(TestToken.SLOW);
            CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> slowService.charge("k1", slow));
            await().until(() -> held.holding() == 1);

            assertThatThrownBy(() -> slowService.charge("k1", slow))
                    .isInstanceOfSatisfying(SandboxException.class, refused -> {
                        assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.REQUEST_IN_PROGRESS);
                        assertThat(refused.error().code()).isEqualTo("request_in_progress");
                    });

            held.letGo();
            Reply answered = first.join();
            assertThat(answered.replayed()).isFalse();
            assertThat(slowService.charge("k1", slow)).isEqualTo(new Reply(answered.outcome(), true));
            assertThat(slowService.charges()).hasSize(1);
        }

        @Test
        void failsTheFlakyTokenTheConfiguredTimesPerKeyWithoutChargingThenSucceedsOnce() {
            ChargeParams flaky = aChargeWith(TestToken.FLAKY);

            assertProviderFailure(() -> service.charge("k1", flaky));
            assertThat(keys.isInProgress("k1")).isFalse();
            assertProviderFailure(() -> service.charge("k1", flaky));
            assertThat(service.charges()).isEmpty();

            Reply third = service.charge("k1", flaky);
            Reply fourth = service.charge("k1", flaky);

            assertThat(third.outcome()).isInstanceOf(Outcome.ChargeSucceeded.class);
            assertThat(third.replayed()).isFalse();
            assertThat(fourth).isEqualTo(new Reply(third.outcome(), true));
            assertThat(service.charges()).hasSize(1);
        }

        @Test
        void countsFlakyAttemptsForEachKeyApart() {
            ChargeParams flaky = aChargeWith(TestToken.FLAKY);

            assertProviderFailure(() -> service.charge("a", flaky));
            assertProviderFailure(() -> service.charge("b", flaky));
            assertProviderFailure(() -> service.charge("a", flaky));
            assertThat(service.charge("a", flaky).outcome()).isInstanceOf(Outcome.ChargeSucceeded.class);
            assertProviderFailure(() -> service.charge("b", flaky));
            assertThat(service.charge("b", flaky).outcome()).isInstanceOf(Outcome.ChargeSucceeded.class);
            assertThat(service.charges()).extracting(Charge::idempotencyKey).containsExactly("b", "a");
        }

        @Test
        void succeedsAtOnceWhenNoFlakyFailuresAreConfigured() {
            ChargeService reliable = serviceWith(pause, 0);

            assertThat(reliable.charge("k1", aChargeWith(TestToken.FLAKY)).outcome())
                    .isInstanceOf(Outcome.ChargeSucceeded.class);
        }

        @Test
        void aFlakyFailureStoresNothingSoTheKeyMayBeUsedWithOtherParameters() {
            assertProviderFailure(() -> service.charge("k1", aChargeWith(TestToken.FLAKY)));

            assertThat(service.charge("k1", aChargeWith(TestToken.VISA)).outcome())
                    .isInstanceOf(Outcome.ChargeSucceeded.class);
        }

        @Test
        void concurrentRequestsWithOneKeyMakeOneCharge() throws Exception {
            List<Object> answers = concurrently(16, () -> service.charge("k1", aCharge().build()));

            assertThat(service.charges()).hasSize(1);
            String chargeId = service.charges().getFirst().id();
            assertThat(answers).allSatisfy(answer -> {
                if (answer instanceof Reply reply) {
                    assertThat(((Outcome.ChargeSucceeded) reply.outcome()).charge().id()).isEqualTo(chargeId);
                } else {
                    assertThat(((SandboxException) answer).error().code()).isEqualTo("request_in_progress");
                }
            });
            assertThat(answers).filteredOn(answer -> answer instanceof Reply reply && !reply.replayed()).hasSize(1);
        }
    }

    @Nested
    class Refunds {

        @Test
        void refundsASucceededChargeInFull() {
            Charge charge = succeededCharge("k1", 49_000);

            Reply reply = service.refund("r1", new RefundParams(charge.id()));

            Refund expected = new Refund(idAfter(1, "re_"), charge.id(), 49_000);
            assertThat(reply).isEqualTo(new Reply(new Outcome.RefundSucceeded(expected), false));
            assertThat(service.charge(charge.id()).refunded()).isTrue();
            assertThat(service.refunds()).containsExactly(expected);
        }

        @Test
        @Guards(Risk.RETRY_DOUBLE_CHARGE)
        void replaysARefundWithTheSameKeyWithoutRefundingAgain() {
            Charge charge = succeededCharge("k1", 49_000);
            Reply first = service.refund("r1", new RefundParams(charge.id()));

            Reply again = service.refund("r1", new RefundParams(charge.id()));

            assertThat(again).isEqualTo(new Reply(first.outcome(), true));
            assertThat(service.refunds()).hasSize(1);
        }

        @Test
        void refusesASecondRefundUnderAnotherKey() {
            Charge charge = succeededCharge("k1", 49_000);
            service.refund("r1", new RefundParams(charge.id()));

            Reply second = service.refund("r2", new RefundParams(charge.id()));

            assertRefused(second, SandboxError.Kind.INVALID_REQUEST, "charge_already_refunded");
            assertThat(service.refunds()).hasSize(1);
        }

        @Test
        void refusesToRefundADeclinedCharge() {
            service.charge("k1", aChargeWith(TestToken.CHARGE_DECLINED));
            String declined = service.chargeMadeWith("k1").orElseThrow().id();

            assertRefused(service.refund("r1", new RefundParams(declined)),
                    SandboxError.Kind.INVALID_REQUEST, "charge_not_refundable");
            assertThat(service.refunds()).isEmpty();
        }

        @Test
        void answersAnUnknownChargeAsMissing() {
            assertRefused(service.refund("r1", new RefundParams("ch_nothing")),
                    SandboxError.Kind.RESOURCE_MISSING, "resource_missing");
        }

        @Test
        void replaysAChargeAsItWasFirstAnsweredEvenAfterItsRefund() {
            Reply charged = service.charge("k1", aCharge().build());
            String chargeId = ((Outcome.ChargeSucceeded) charged.outcome()).charge().id();
            service.refund("r1", new RefundParams(chargeId));

            Reply replay = service.charge("k1", aCharge().build());

            assertThat(((Outcome.ChargeSucceeded) replay.outcome()).charge().refunded()).isFalse();
            assertThat(service.charge(chargeId).refunded()).isTrue();
        }

        @Test
        void refusesAChargeKeyForARefund() {
            Charge charge = succeededCharge("k1", 49_000);

            assertThatThrownBy(() -> service.refund("k1", new RefundParams(charge.id())))
                    .isInstanceOfSatisfying(SandboxException.class, refused ->
                            assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.IDEMPOTENCY_MISMATCH));
            assertThat(service.charge(charge.id()).refunded()).isFalse();
        }

        @Test
        @Guards(Risk.RETRY_DOUBLE_CHARGE)
        void concurrentRefundsUnderDifferentKeysRefundOnce() throws Exception {
            Charge charge = succeededCharge("k1", 49_000);
            var attempt = new java.util.concurrent.atomic.AtomicInteger();

            List<Object> answers = concurrently(16,
                    () -> service.refund("r" + attempt.incrementAndGet(), new RefundParams(charge.id())));

            assertThat(answers).filteredOn(answer -> ((Reply) answer).outcome() instanceof Outcome.RefundSucceeded)
                    .hasSize(1);
            assertThat(service.refunds()).hasSize(1);
        }
    }

    @Nested
    class Lookups {

        @Test
        void listsChargesNewestFirst() {
            succeededCharge("k1", 1);
            succeededCharge("k2", 2);
            succeededCharge("k3", 3);

            assertThat(service.charges()).extracting(Charge::idempotencyKey).containsExactly("k3", "k2", "k1");
        }

        @Test
        void answersAnUnknownChargeIdAsMissing() {
            assertThatThrownBy(() -> service.charge("ch_nothing"))
                    .isInstanceOfSatisfying(SandboxException.class, refused -> {
                        assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.RESOURCE_MISSING);
                        assertThat(refused.error().param()).isEqualTo("id");
                    });
        }

        @Test
        void findsNoChargeForAnUnusedKey() {
            succeededCharge("k1", 1);

            assertThat(service.chargeMadeWith("k2")).isEmpty();
        }
    }

    private Charge succeededCharge(String key, long amount) {
        Reply reply = service.charge(key, aCharge().withAmount(amount).build());
        return ((Outcome.ChargeSucceeded) reply.outcome()).charge();
    }

    private String idAfter(int skipped, String prefix) {
        for (int i = 0; i < skipped; i++) {
            expectedIds.next("ch_");
        }
        return expectedIds.next(prefix);
    }

    /** Runs the call on many threads released at once; collects each reply or refusal. */
    private static List<Object> concurrently(int threads, Supplier<Reply> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.get();
                    } catch (SandboxException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Object> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    private static void assertProviderFailure(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SandboxException.class, refused -> {
            assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.PROVIDER_FAILURE);
            assertThat(refused.error().type()).isEqualTo("api_error");
        });
    }

    private static void assertInvalidRequest(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SandboxException.class, refused -> {
            assertThat(refused.error().kind()).isEqualTo(SandboxError.Kind.INVALID_REQUEST);
            assertThat(refused.error().code()).isEqualTo(code);
        });
    }

    private static void assertRefused(Reply reply, SandboxError.Kind kind, String code) {
        assertThat(reply.outcome()).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.error().kind()).isEqualTo(kind);
            assertThat(refused.error().code()).isEqualTo(code);
        });
    }
}
