package dev.roster.testkit.risk.recorded;

import dev.roster.testkit.risk.BrokenVariantProof;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Quarantined;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Run only by TestRecordListenerIT: proofs and quarantines; see {@link GuardedCasesTest}. */
@Guards(Risk.PRICING_RULE_WRONG)
public class MarkedCasesTest {

    @Test
    @Guards(Risk.COUPON_OVER_REDEEMED)
    @BrokenVariantProof({Risk.OVERSELL, Risk.DUPLICATE_SIGNUP_EMAIL})
    void provesTwoRisks() {
    }

    @Test
    @Quarantined(reason = "fails one run in ten on a slow machine", since = "2026-12-01")
    void isQuarantinedItself() {
    }

    @Nested
    @Quarantined(reason = "the whole class waits on a clock", since = "2026-11-30")
    public class QuarantinedClass {
        @Test
        void inheritsTheQuarantineOfItsClass() {
        }
    }
}
