package dev.roster.enrollment.testsupport;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/** Puts the shared context's clock back to {@link ServiceTestConfiguration#START} before every test. */
public class ResetClockListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext context) {
        context.getApplicationContext().getBean(MutableClock.class).setInstant(ServiceTestConfiguration.START);
    }
}
