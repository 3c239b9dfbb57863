package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.pricing.application.Coupons;
import dev.roster.enrollment.pricing.application.FirstOrderCredits;
import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only broken variants of the scarce discounts, as Roster decided them before: from a read
 * (the quote's), trusted at the reservation. The credit went to any order of a learner with no
 * confirmed enrollment yet; the coupon to any order that found it valid, its count taken later with
 * a conditional UPDATE whose refusal was only logged. A barrier lets every concurrent order read
 * before any goes on, so the race the tests must catch happens on every run.
 */
final class DecidedByAnEarlierRead {

    private DecidedByAnEarlierRead() {
    }

    static FirstOrderCredits credits(JdbcClient jdbc, int concurrentOrders) {
        CyclicBarrier allHaveRead = new CyclicBarrier(concurrentOrders);
        return new FirstOrderCredits() {
            @Override
            public boolean isHeld(UUID learnerId) {
                return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enrollment WHERE learner_id = :l AND status = 'CONFIRMED')")
                        .param("l", learnerId).query(Boolean.class).single();
            }

            @Override
            public boolean claim(UUID learnerId, UUID orderId, Instant now) {
                boolean first = !isHeld(learnerId);
                await(allHaveRead);
                return first;
            }

            @Override
            public void release(UUID orderId) {
            }
        };
    }

    static Coupons coupons(Coupons store, int concurrentOrders) {
        CyclicBarrier allHaveRead = new CyclicBarrier(concurrentOrders);
        return new Coupons() {
            @Override
            public Optional<Coupon> findByCode(String code) {
                return store.findByCode(code);
            }

            @Override
            public Coupon add(Coupon coupon) {
                return store.add(coupon);
            }

            @Override
            public Page<Coupon> all(PageRequest request) {
                return store.all(request);
            }

            @Override
            public boolean redeem(String code, UUID orderId, Instant now) {
                boolean usable = store.findByCode(code).map(c -> c.validityAt(now).isValid()).orElse(false);
                await(allHaveRead);
                if (usable) {
                    store.redeem(code, orderId, now); // counted if it still can be; a refusal was only a warning
                }
                return usable;
            }

            @Override
            public boolean giveBack(UUID orderId) {
                return store.giveBack(orderId);
            }
        };
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception notEveryOrderCame) {
            throw new IllegalStateException("not every concurrent order reached the barrier", notEveryOrderCame);
        }
    }
}
