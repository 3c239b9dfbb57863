package dev.roster.testkit.risk.recorded;

import static org.junit.jupiter.api.Assertions.fail;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Run only by TestRecordListenerIT through its own launcher, to see what the listener records;
 * the testkit's POM keeps this package out of Surefire and Failsafe.
 */
@Guards(Risk.OVERSELL)
public class GuardedCasesTest {

    @Test
    @Guards(Risk.DUPLICATE_ENROLLMENT)
    void passesAndGuardsTwoRisks() {
    }

    @Test
    void failsOnPurpose() {
        fail("this failure is what the listener must record");
    }

    @Test
    // a fixture, not a quarantined test: the listener must record a skipped test as SKIPPED
    @Disabled("skipped on purpose")
    void isSkipped() {
    }
}
