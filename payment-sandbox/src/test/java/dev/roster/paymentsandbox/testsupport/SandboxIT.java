package dev.roster.paymentsandbox.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole sandbox on a random port, with a fixed clock, seeded ids, a {@link GatedPause} and a
 * {@link GatedLater}; the slow token takes {@value #SLOW_DELAY_MILLIS} ms, the late token's charge
 * comes {@value #LATE_DELAY_MILLIS} ms after its request, and there is no base latency. The charges live in
 * memory for the whole test JVM, so each test uses its own idempotency keys ({@link SandboxApi#newKey}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sandbox.api-key=" + SandboxIT.API_KEY,
        "sandbox.slow-delay=" + SandboxIT.SLOW_DELAY_MILLIS + "ms",
        "sandbox.base-latency=0ms",
        "sandbox.flaky-failures=2",
        "sandbox.late-delay=" + SandboxIT.LATE_DELAY_MILLIS + "ms"})
@Import(SandboxTestConfiguration.class)
public @interface SandboxIT {

    /** Not the default key, so the tests show that the setting is honoured. */
    String API_KEY = "sk_test_it_0123456789";

    long SLOW_DELAY_MILLIS = 300;

    long LATE_DELAY_MILLIS = 1_000;
}
