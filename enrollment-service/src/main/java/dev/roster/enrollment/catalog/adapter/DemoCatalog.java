package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads a small demo catalog on start when {@code roster.demo-data.enabled} is true (the local
 * run turns it on; tests and production leave it off). Courses are matched by code, so restarts
 * neither duplicate them nor overwrite changes made since.
 */
@Component
@ConditionalOnBooleanProperty("roster.demo-data.enabled")
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final Courses courses;
    private final IdGenerator ids;
    private final Clock clock;

    DemoCatalog(Courses courses, IdGenerator ids, Clock clock) {
        this.courses = courses;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant aWeekFromToday = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(7));
        List<Course> demo = List.of(
                course("JAVA-101", "Java from the ground up",
                        "Types, collections, streams and tests, one exercise at a time.",
                        Money.of(49_00, "EUR"), 30, CourseStatus.OPEN, aWeekFromToday),
                course("SQL-201", "PostgreSQL for application developers",
                        "Transactions, isolation levels, indexes and the query planner.",
                        Money.of(129_00, "EUR"), 20, CourseStatus.OPEN, aWeekFromToday.plus(Duration.ofDays(7))),
                course("ARCH-301", "Designing backends that survive production",
                        "Idempotency, outboxes, retries and the tests that prove them.",
                        Money.of(590_00, "EUR"), 12, CourseStatus.OPEN, aWeekFromToday.plus(Duration.ofDays(14))),
                course("LEAD-401", "Leading an engineering team",
                        "Hiring, feedback and planning for technical leads.",
                        Money.of(1_250_00, "EUR"), 8, CourseStatus.CLOSED, aWeekFromToday.plus(Duration.ofDays(21))));
        long added = demo.stream().filter(courses::addIfAbsent).count();
        log.info("Demo catalog: {} course(s) added, {} already present", added, demo.size() - added);
    }

    private Course course(String code, String title, String description, Money price, int capacity,
                          CourseStatus status, Instant startsAt) {
        return new Course(new CourseId(ids.next()), code, title, description, price, capacity, 0, status, startsAt);
    }
}
