package dev.roster.enrollment.catalog.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.platform.UuidV7Generator;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.testsupport.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoCatalogIT {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);

    private JdbcCourses courses;
    private DemoCatalog demo;

    @BeforeEach
    void emptyDatabase() {
        courses = new JdbcCourses(JdbcClient.create(TestDatabase.emptied().dataSource()));
        demo = new DemoCatalog(courses, new UuidV7Generator(), FIXED);
    }

    @Test
    void loadsOpenCoursesStartingAfterToday() {
        demo.run(null);

        var page = courses.published(new PageRequest(0, 100));
        assertThat(page.items()).extracting(Course::status).contains(CourseStatus.OPEN);
        assertThat(page.items()).allSatisfy(course -> assertThat(course.startsAt()).isAfter(FIXED.instant()));
    }

    @Test
    void loadsNothingTwiceWhenStartedAgain() {
        demo.run(null);
        long afterFirstStart = courses.published(new PageRequest(0, 100)).totalItems();

        demo.run(null);

        assertThat(afterFirstStart).isPositive();
        assertThat(courses.published(new PageRequest(0, 100)).totalItems()).isEqualTo(afterFirstStart);
    }
}
