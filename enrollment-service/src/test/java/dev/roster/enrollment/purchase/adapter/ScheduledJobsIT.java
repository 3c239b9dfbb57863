package dev.roster.enrollment.purchase.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.testsupport.RealPostgresInitializer;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.ServiceTestConfiguration;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The service as deployed schedules reconciliation, the idempotency-key purge and the retention purges
 * on every instance without being told to: no pending payment, late charge or pending refund would otherwise ever be
 * resolved. Its own context (the {@link ServiceIT} ones switch reconciliation off), closed after
 * the class so its jobs never touch another test's rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"roster.service-token=" + ServiceIT.SERVICE_TOKEN, "roster.outbox.relay-enabled=false"})
@ContextConfiguration(initializers = {RealPostgresInitializer.class, ServiceIT.RealRabbitMqInitializer.class})
@Import(ServiceTestConfiguration.class)
@DirtiesContext
@Guards(Risk.SCHEDULED_JOB_NOT_RUNNING)
class ScheduledJobsIT {

    @Autowired List<ScheduledTaskHolder> schedulers;

    @Test
    void schedulesReconciliationEveryThirtySecondsAndTheKeyPurgeHourlyByDefault() {
        assertThat(delayOf("ScheduledJobs.reconcile")).isEqualTo(Duration.ofSeconds(30));
        assertThat(delayOf("ScheduledJobs.purgeIdempotencyKeys")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void schedulesTheRetentionPurgesHourlyByDefault() {
        assertThat(delayOf("PublishedEventsPurgeJob.purgePublishedEvents")).isEqualTo(Duration.ofHours(1));
        assertThat(delayOf("LoginFailuresPurgeJob.purgeLoginFailures")).isEqualTo(Duration.ofHours(1));
    }

    private Duration delayOf(String job) {
        return schedulers.stream()
                .flatMap(scheduler -> scheduler.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .filter(task -> task.toString().endsWith(job))
                .filter(FixedDelayTask.class::isInstance)
                .map(task -> ((FixedDelayTask) task).getIntervalDuration())
                .findFirst()
                .orElseThrow(() -> new AssertionError(job + " is not scheduled with a fixed delay"));
    }
}
