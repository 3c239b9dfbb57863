package dev.roster.paymentsandbox.charges.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The behaviour refuses what no setting can mean, whoever builds it. */
class SandboxBehaviourTest {

    static final Duration ONE_SECOND = Duration.ofSeconds(1);
    static final Duration NEGATIVE = Duration.ofMillis(-1);

    @Test
    void refusesANegativeDelayOrFailureCountNamingIt() {
        assertThatThrownBy(() -> new SandboxBehaviour(NEGATIVE, 0, ONE_SECOND)).hasMessageContaining("slowDelay");
        assertThatThrownBy(() -> new SandboxBehaviour(ONE_SECOND, -1, ONE_SECOND)).hasMessageContaining("flakyFailures");
        assertThatThrownBy(() -> new SandboxBehaviour(ONE_SECOND, 0, NEGATIVE)).hasMessageContaining("lateDelay");
        assertThatThrownBy(() -> new SandboxBehaviour(ONE_SECOND, 0, null)).hasMessageContaining("lateDelay");
    }

    @Test
    void takesZeroForEachDelayAndCount() {
        assertThat(new SandboxBehaviour(Duration.ZERO, 0, Duration.ZERO).lateDelay()).isEqualTo(Duration.ZERO);
    }
}
