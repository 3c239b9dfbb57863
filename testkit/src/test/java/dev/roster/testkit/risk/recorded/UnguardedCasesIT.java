package dev.roster.testkit.risk.recorded;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Run only by TestRecordListenerIT; see {@link GuardedCasesTest}. */
public class UnguardedCasesIT {

    @ParameterizedTest(name = "case {0}")
    @ValueSource(ints = {1, 2})
    void runsTwice(int ignored) {
    }

    @Nested
    public class Inner {
        @org.junit.jupiter.api.Test
        void takesItsLevelFromTheOuterClass() {
        }
    }
}
