package dev.roster.enrollment.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The promises of the {@link FirstOrderCredits} port, run against the in-memory fake
 * ({@link InMemoryFirstOrderCreditsTest}) and the real adapter on PostgreSQL (JdbcFirstOrderCreditsIT).
 */
@Guards(Risk.FIRST_ORDER_CREDIT_GRANTED_TWICE)
public abstract class FirstOrderCreditsContract {

    protected static final Instant NOW = Instant.parse("2027-02-15T12:00:00Z");
    protected static final UUID ADA = new UUID(0xada, 1);
    protected static final UUID GRACE = new UUID(0x9ace, 2);

    /** The store under test, empty when the test starts; the learners ADA and GRACE exist. */
    protected abstract FirstOrderCredits credits();

    @Test
    void letsTheFirstOrderOfALearnerHoldTheCreditAndNoOther() {
        assertThat(credits().isHeld(ADA)).isFalse();

        assertThat(credits().claim(ADA, order(1), NOW)).isTrue();
        assertThat(credits().claim(ADA, order(2), NOW)).isFalse();

        assertThat(credits().isHeld(ADA)).isTrue();
        assertThat(credits().isHeld(GRACE)).as("another learner's credit is their own").isFalse();
        assertThat(credits().claim(GRACE, order(3), NOW)).isTrue();
    }

    @Test
    void freesTheCreditOnlyWhenTheOrderHoldingItGivesItBack() {
        credits().claim(ADA, order(1), NOW);

        credits().release(order(2));
        assertThat(credits().isHeld(ADA)).as("an order that never held it gives nothing back").isTrue();

        credits().release(order(1));
        assertThat(credits().isHeld(ADA)).isFalse();
        assertThat(credits().claim(ADA, order(2), NOW)).isTrue();
        credits().release(order(1));
        assertThat(credits().isHeld(ADA)).as("releasing again changes nothing").isTrue();
    }

    protected static UUID order(int n) {
        return new UUID(0x0d, n);
    }
}
