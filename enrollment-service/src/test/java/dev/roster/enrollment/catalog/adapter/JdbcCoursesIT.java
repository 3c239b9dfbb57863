package dev.roster.enrollment.catalog.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.application.CourseCodeTakenException;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.application.CoursesContract;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The adapter on PostgreSQL, held to the same {@link CoursesContract} as the in-memory fake, and more. */
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class JdbcCoursesIT extends CoursesContract {

    private JdbcCourses courses;

    @BeforeEach
    void emptyDatabase() {
        courses = new JdbcCourses(JdbcClient.create(TestDatabase.emptied().dataSource()));
    }

    @Override
    protected Courses courses() {
        return courses;
    }

    @Test
    void readsBackEveryFieldOfAnAddedCourse() {
        Course course = aCourse()
                .withCode("SQL-201").withTitle("PostgreSQL").withPrice(Money.of(129_99, "EUR"))
                .withCapacity(20).withSeatsTaken(3).withStatus(CourseStatus.CLOSED)
                .startingAt(Instant.parse("2027-01-10T09:30:00.123456Z"))
                .build();

        assertThat(courses.addIfAbsent(course)).isTrue();

        assertThat(courses.findById(course.id())).contains(course);
    }

    @Test
    void addsACodeOnlyOnce() {
        Course first = aCourse().withCode("JAVA-101").withTitle("First").build();
        Course second = aCourse().withCode("JAVA-101").withTitle("Second").build();

        assertThat(courses.addIfAbsent(first)).isTrue();
        assertThat(courses.addIfAbsent(second)).isFalse();

        assertThat(courses.findById(first.id())).map(Course::title).contains("First");
        assertThat(courses.findById(second.id())).isEmpty();
    }

    @Test
    void listsPublishedCoursesByStartThenCodeAcrossPages() {
        Instant monday = Instant.parse("2027-01-04T09:00:00Z");
        Instant tuesday = Instant.parse("2027-01-05T09:00:00Z");
        courses.addIfAbsent(aCourse().withCode("B").startingAt(monday).build());
        courses.addIfAbsent(aCourse().withCode("A").startingAt(tuesday).build());
        courses.addIfAbsent(aCourse().withCode("C").startingAt(monday).withStatus(CourseStatus.CLOSED).build());
        courses.addIfAbsent(aCourse().withCode("D").startingAt(monday).withStatus(CourseStatus.DRAFT).build());

        var first = courses.published(new PageRequest(0, 2));
        var second = courses.published(new PageRequest(1, 2));
        var beyond = courses.published(new PageRequest(5, 2));

        assertThat(first.items()).extracting(Course::code).containsExactly("B", "C");
        assertThat(second.items()).extracting(Course::code).containsExactly("A");
        assertThat(beyond.items()).isEmpty();
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
    }

    @Test
    void tellsATakenIdFromATakenCode() {
        Course course = courses.add(aCourse().withCode("JAVA-101").build());
        Course sameId = new Course(course.id(), "OTHER-1", "Other", "", Money.of(1, "EUR"), 1, 0,
                CourseStatus.DRAFT, course.startsAt());

        assertThatThrownBy(() -> courses.add(sameId))
                .isInstanceOf(DuplicateKeyException.class)
                .isNotInstanceOf(CourseCodeTakenException.class);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(courses.findById(aCourse().build().id())).isEmpty();
    }
}
