package dev.roster.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The step runner on a hand-driven clock: what it prints, when it stops, how it spends the budget. */
@Guards(Risk.CRITICAL_JOURNEY_BROKEN)
class StepsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Steps steps = new Steps(new PrintStream(printed, true, StandardCharsets.UTF_8),
            Duration.ofSeconds(30), now::get);

    @Test
    void printsEachPassedStepWithItsDetailAndTime() {
        steps.run("readiness", () -> {
            now.addAndGet(Duration.ofMillis(42).toNanos());
            return "/readyz is UP";
        });

        assertThat(lines()).containsExactly("ok    readiness        /readyz is UP (42 ms)");
        assertThat(steps.passed()).isEqualTo(1);
    }

    @Test
    void printsAFailureWithTheStepsNameAndPassesItOn() {
        assertThatThrownBy(() -> steps.run("catalog", () -> {
            throw new StepFailed("GET /api/v1/courses answered 500, expected 200: {}");
        })).isInstanceOf(StepFailed.class);

        assertThat(lines()).containsExactly("FAIL  catalog          GET /api/v1/courses answered 500, expected 200: {} (0 ms)");
        assertThat(steps.passed()).isZero();
    }

    @Test
    void turnsAMalformedAnswerIntoAFailureOfTheStep() {
        assertThatThrownBy(() -> steps.run("quote", () -> {
            throw new NullPointerException("no total");
        })).isInstanceOf(StepFailed.class).hasMessageContaining("unexpected answer").hasMessageContaining("no total");

        assertThat(lines()).singleElement().asString().startsWith("FAIL  quote");
    }

    @Test
    void printsASkippedStepWithItsNoteAndGoesOn() {
        steps.run("openapi", () -> {
            throw new Skipped("no OpenAPI document here");
        });
        steps.run("sign-up", () -> "smoke+1@example.com");

        assertThat(lines()).containsExactly("skip  openapi          no OpenAPI document here (0 ms)",
                "ok    sign-up          smoke+1@example.com (0 ms)");
        assertThat(steps.skipped()).isEqualTo(1);
        assertThat(steps.passed()).isEqualTo(1);
    }

    @Test
    void failsAStepThatStartsWithTheBudgetUsedUpWithoutRunningIt() {
        now.addAndGet(Duration.ofSeconds(30).toNanos());

        assertThatThrownBy(() -> steps.run("log-in", () -> {
            throw new AssertionError("must not run");
        })).isInstanceOf(StepFailed.class);

        assertThat(lines()).containsExactly("FAIL  log-in           the time limit of 30 s was used up before this step (0 ms)");
    }

    @Test
    void leavesEveryRequestWhatRemainsOfTheBudget() {
        now.addAndGet(Duration.ofSeconds(25).toNanos());

        assertThat(steps.remaining()).isEqualTo(Duration.ofSeconds(5));
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(steps.remaining()).isEqualTo(Duration.ZERO);
    }

    private java.util.List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
