package dev.roster.enrollment.platform;

import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.metrics.PrometheusSamples;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Right after the service starts, before it has served a request, every series an operator relies on is
 * there, at 0. The context is this class's own (the property below sets it apart from the shared
 * {@link ServiceIT} one, whose counters other tests have moved) and is closed after it.
 */
@ServiceIT
@TestPropertySource(properties = "roster.test.fresh-context=metrics-at-start")
@DirtiesContext
@Guards(Risk.OPERATOR_METRICS_MISSING)
class MetricsAtStartIT {

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void registersEverySeriesAnOperatorReliesOnAtZeroBeforeTheFirstRequest() {
        TestDatabase.emptied(); // the outbox gauges read the table: nothing waits in it

        PrometheusSamples scrape = PrometheusSamples.scrape("http://localhost:" + managementPort + "/actuator/prometheus");

        SoftAssertions softly = new SoftAssertions();
        for (String series : OperatorMetrics.all()) {
            softly.assertThat(scrape.value(series)).as(series).contains(0.0);
        }
        softly.assertAll();
    }
}
