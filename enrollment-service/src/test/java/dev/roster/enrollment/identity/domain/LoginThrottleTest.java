package dev.roster.enrollment.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final List<Instant> NONE = List.of();

    private final LoginThrottle throttle = new LoginThrottle(ThrottleLimits.DEFAULT);

    @Test
    void defaultsToFivePerAccountAndFiftyPerAddressWithinFifteenMinutes() {
        assertThat(ThrottleLimits.DEFAULT).isEqualTo(new ThrottleLimits(5, 50, Duration.ofMinutes(15)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountCases")
    void throttlesOneAccount(String caseName, List<Instant> accountFailures, ThrottleDecision expected) {
        assertThat(throttle.decide(accountFailures, NONE, NOW)).isEqualTo(expected);
    }

    static Stream<Arguments> accountCases() {
        return Stream.of(
                Arguments.of("no failures: allowed", NONE, allowed()),
                Arguments.of("4 failures: allowed",
                        ago("PT10M", "PT8M", "PT6M", "PT4M"), allowed()),
                Arguments.of("5 failures: blocked until the oldest leaves the window",
                        ago("PT10M", "PT8M", "PT6M", "PT4M", "PT2M"), blocked(300)),
                Arguments.of("5 failures in any order: same answer",
                        ago("PT4M", "PT2M", "PT10M", "PT6M", "PT8M"), blocked(300)),
                Arguments.of("6 failures: blocked until the two oldest leave the window",
                        ago("PT14M", "PT12M", "PT10M", "PT8M", "PT6M", "PT4M"), blocked(180)),
                Arguments.of("5 failures, one exactly a window old: it no longer counts",
                        ago("PT15M", "PT8M", "PT6M", "PT4M", "PT2M"), allowed()),
                Arguments.of("5 failures, two older than the window: ignored",
                        ago("PT20M", "PT1H", "PT6M", "PT4M", "PT2M"), allowed()),
                Arguments.of("5 failures, the newest at this very instant: counts",
                        ago("PT10M", "PT8M", "PT6M", "PT4M", "PT0S"), blocked(300)),
                Arguments.of("5 failures, one after now (a concurrent attempt, a clock ahead): counts",
                        ago("PT10M", "PT8M", "PT6M", "PT4M", "-PT1S"), blocked(300)),
                Arguments.of("retryAfter of 5m0.25s rounds up to 301s",
                        ago("PT9M59.75S", "PT8M", "PT6M", "PT4M", "PT2M"), blocked(301)),
                Arguments.of("retryAfter of 0.5s rounds up to 1s",
                        ago("PT14M59.5S", "PT8M", "PT6M", "PT4M", "PT2M"), blocked(1)));
    }

    @Test
    void liftsTheBlockExactlyWhenTheOldestCountedFailureLeavesTheWindow() {
        List<Instant> failures = List.of(
                Instant.parse("2027-03-01T11:50:00Z"),
                Instant.parse("2027-03-01T11:52:00Z"),
                Instant.parse("2027-03-01T11:54:00Z"),
                Instant.parse("2027-03-01T11:56:00Z"),
                Instant.parse("2027-03-01T11:58:00Z"));

        assertThat(throttle.decide(failures, NONE, Instant.parse("2027-03-01T11:58:00Z"))).isEqualTo(blocked(420));
        assertThat(throttle.decide(failures, NONE, Instant.parse("2027-03-01T12:04:59.999999999Z")))
                .isEqualTo(blocked(1));
        assertThat(throttle.decide(failures, NONE, Instant.parse("2027-03-01T12:05:00Z"))).isEqualTo(allowed());
    }

    @Test
    void startsTheWindowOneWindowBeforeNowExclusive() {
        LoginThrottle oneFailure = new LoginThrottle(new ThrottleLimits(1, 50, Duration.ofMinutes(15)));
        Instant start = oneFailure.windowStart(NOW);

        assertThat(start).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
        assertThat(oneFailure.decide(List.of(start), NONE, NOW)).isEqualTo(allowed());
        assertThat(oneFailure.decide(List.of(start.plusNanos(1)), NONE, NOW).isAllowed()).isFalse();
    }

    @Test
    void allowsFortyNineFailuresFromOneAddress() {
        assertThat(throttle.decide(NONE, everyTenSeconds(49), NOW)).isEqualTo(allowed());
    }

    @Test
    void blocksAnAddressWithFiftyFailures() {
        // the oldest is 500s old, so it leaves the 900s window in 400s
        assertThat(throttle.decide(NONE, everyTenSeconds(50), NOW)).isEqualTo(blockedByAddress(400));
    }

    @Test
    void takesTheLongerWaitWhenBothAccountAndAddressAreBlocked() {
        List<Instant> accountOldest10MinutesAgo = ago("PT10M", "PT8M", "PT6M", "PT4M", "PT2M");
        List<Instant> accountOldest14MinutesAgo = ago("PT14M", "PT8M", "PT6M", "PT4M", "PT2M");
        List<Instant> addressOldest500SecondsAgo = everyTenSeconds(50);

        assertThat(throttle.decide(accountOldest10MinutesAgo, addressOldest500SecondsAgo, NOW))
                .as("address waits 400s, account 300s").isEqualTo(blockedByAddress(400));
        assertThat(throttle.decide(accountOldest14MinutesAgo, addressOldest500SecondsAgo, NOW))
                .as("account waits 60s, address 400s").isEqualTo(blockedByAddress(400));
        assertThat(throttle.decide(ago("PT10M", "PT8M", "PT6M", "PT4M", "PT2M"), everyTenSecondsFrom(50, "PT6M20S"), NOW))
                .as("account waits 300s, address 20s").isEqualTo(blocked(300));
    }

    @Test
    void namesTheAccountWhenAccountAndAddressWaitAlike() {
        // the account's oldest counted failure is 500s old like the address's: both wait 400s
        assertThat(throttle.decide(ago("PT500S", "PT8M", "PT6M", "PT4M", "PT2M"), everyTenSeconds(50), NOW))
                .isEqualTo(blocked(400));
    }

    @Test
    void blocksOnTheAccountEvenWhenTheAddressIsClean() {
        assertThat(throttle.decide(ago("PT10M", "PT8M", "PT6M", "PT4M", "PT2M"), everyTenSeconds(3), NOW))
                .isEqualTo(blocked(300));
        assertThat(throttle.decide(NONE, NONE, NOW).isAllowed()).isTrue();
    }

    @Test
    void refusesLimitsThatMakeNoSense() {
        assertThatThrownBy(() -> new ThrottleLimits(0, 50, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleLimits(5, 0, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleLimits(5, 50, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ThrottleDecision allowed() {
        return new ThrottleDecision.Allowed();
    }

    /** Blocked by the account's failures. */
    private static ThrottleDecision blocked(long retryAfterSeconds) {
        return new ThrottleDecision.Blocked(Duration.ofSeconds(retryAfterSeconds), ThrottleDecision.Limit.ACCOUNT);
    }

    private static ThrottleDecision blockedByAddress(long retryAfterSeconds) {
        return new ThrottleDecision.Blocked(Duration.ofSeconds(retryAfterSeconds), ThrottleDecision.Limit.ADDRESS);
    }

    /** Failures the given ISO-8601 durations before {@link #NOW}. */
    private static List<Instant> ago(String... durations) {
        return Arrays.stream(durations).map(d -> NOW.minus(Duration.parse(d))).toList();
    }

    /** {@code count} failures 10s apart, the newest 10s before now. */
    private static List<Instant> everyTenSeconds(int count) {
        return everyTenSecondsFrom(count, "PT0S");
    }

    /** {@code count} failures 10s apart, the newest 10s before {@code now - offset}. */
    private static List<Instant> everyTenSecondsFrom(int count, String offset) {
        Instant newestPlusTen = NOW.minus(Duration.parse(offset));
        List<Instant> failures = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            failures.add(newestPlusTen.minusSeconds(10L * i));
        }
        return failures;
    }
}
