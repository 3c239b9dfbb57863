package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The throttle as an attacker meets it: a burst of concurrent wrong passwords over HTTP, through
 * the service's own wiring (its transaction manager, its connection pool, its Tomcat threads). At
 * most five are checked (401); every other one is refused unchecked (429).
 */
@ServiceIT
@Guards(Risk.LOGIN_THROTTLE_BYPASSED_BY_BURST)
class LoginBurstOverHttpIT {

    private static final int BURST = 50;

    @Value("${local.server.port}") int port;

    @BeforeEach
    void aLearner() {
        TestDatabase.emptied();
        new Api(port).signUp("ada@example.com");
    }

    @Test
    void checksAtMostFivePasswordsOfAConcurrentBurstOnOneAccount() throws Exception {
        Map<Integer, Long> answers = burst();

        assertThat(answers.getOrDefault(401, 0L)).as("passwords checked: %s", answers).isLessThanOrEqualTo(5);
        assertThat(answers.getOrDefault(429, 0L)).as("refused unchecked: %s", answers).isGreaterThanOrEqualTo(BURST - 5);
    }

    private Map<Integer, Long> burst() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String body = "{\"email\":\"ada@example.com\",\"password\":\"Wrong-Guess-" + i + "\"}";
                statuses.add(pool.submit(() -> {
                    start.await();
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(120, TimeUnit.SECONDS));
            }
            return answered.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
