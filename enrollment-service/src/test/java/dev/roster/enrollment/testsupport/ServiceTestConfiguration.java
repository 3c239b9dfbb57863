package dev.roster.enrollment.testsupport;

import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every {@link ServiceIT} shares: a clock the test moves, so expiry is tested without waiting,
 * and a fake payment provider.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceTestConfiguration {

    public static final Instant START = Instant.parse("2026-11-21T10:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

    /** The external payment provider is not ours: web tests use a fake with the same promises. */
    @Bean
    @Primary
    FakePaymentGateway fakePaymentGateway() {
        return new FakePaymentGateway();
    }
}
