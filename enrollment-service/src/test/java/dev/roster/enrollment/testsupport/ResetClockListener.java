package dev.roster.enrollment.testsupport;

import dev.roster.testkit.time.MutableClock;
import dev.roster.enrollment.payment.application.FakePaymentGateway;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/** Puts the shared context's clock back to {@link ServiceTestConfiguration#START} and empties the fake provider before every test. */
public class ResetClockListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext context) {
        context.getApplicationContext().getBean(MutableClock.class).setInstant(ServiceTestConfiguration.START);
        context.getApplicationContext().getBean(FakePaymentGateway.class).clear();
    }
}
