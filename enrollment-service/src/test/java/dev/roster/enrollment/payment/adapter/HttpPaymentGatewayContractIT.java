package dev.roster.enrollment.payment.adapter;

import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.payment.application.PaymentGatewayContract;
import dev.roster.enrollment.payment.domain.ChargeRequest;
import dev.roster.testkit.invariants.ProviderChargeRecord;
import dev.roster.testkit.invariants.SandboxCharges;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.web.client.RestClient;

/**
 * The HTTP adapter against the real payment-sandbox, held to the same {@link PaymentGatewayContract} as
 * the fake. The sandbox answers {@code tok_slow} after 5 s, well past the adapter's 1 s read timeout, and
 * fails {@code tok_flaky} twice per key, within the adapter's four attempts. One sandbox serves the class;
 * every case uses its own idempotency keys.
 */
class HttpPaymentGatewayContractIT extends PaymentGatewayContract {

    private static final String API_KEY = "sk_test_contract";

    private static RunningSandbox sandbox;
    private static HttpPaymentGateway gateway;

    @BeforeAll
    static void startTheSandbox() {
        sandbox = RunningSandbox.start(List.of("--sandbox.api-key=" + API_KEY, "--sandbox.slow-delay=5s",
                "--sandbox.flaky-failures=2"));
        gateway = new HttpPaymentGateway(new PaymentProviderProperties(sandbox.baseUrl(), API_KEY,
                Duration.ofMillis(500), Duration.ofSeconds(1), 4, Duration.ofMillis(10), Duration.ofMillis(50),
                Duration.ofSeconds(3), 8), RestClient.builder(), new SimpleMeterRegistry(), new Random(20_261_203L),
                Ticker.SYSTEM, Sleeper.SYSTEM); // the real sandbox answers in real time; nothing here is timed
        // a freshly started JVM can take longer than the read timeout for its first charge; the cases
        // must measure the tokens, not the sandbox's warm-up
        SandboxCharges.fetch(sandbox.baseUrl(), API_KEY);
        gateway.charge(new ChargeRequest("warm-up", PRICE, "tok_visa", "warm-up"));
    }

    @AfterAll
    static void stopTheSandbox() {
        if (gateway != null) {
            gateway.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected List<ProviderChargeRecord> providerCharges() {
        return SandboxCharges.fetch(sandbox.baseUrl(), API_KEY);
    }
}
