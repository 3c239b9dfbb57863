package dev.roster.enrollment.catalog.application;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.roster.enrollment.catalog.domain.CapacityBelowSeatsTakenException;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promises of the {@link Courses} port that administration relies on, run against the
 * in-memory fake ({@link InMemoryCoursesTest}) and the real adapter on PostgreSQL (JdbcCoursesIT),
 * so the fake the application tests use cannot drift from what the database does.
 */
public abstract class CoursesContract {

    /** The store under test, empty when the test starts. */
    protected abstract Courses courses();

    @Test
    void addsACourseAndFindsItById() {
        Course course = aCourse().withCode("JAVA-101").withStatus(CourseStatus.DRAFT).build();

        assertThat(courses().add(course)).isEqualTo(course);

        assertThat(courses().findById(course.id())).contains(course);
    }

    @Test
    void refusesToAddACourseWithATakenCode() {
        Course first = aCourse().withCode("JAVA-101").withTitle("First").build();
        Course second = aCourse().withCode("JAVA-101").withTitle("Second").build();
        courses().add(first);

        assertThatThrownBy(() -> courses().add(second))
                .isInstanceOfSatisfying(CourseCodeTakenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("course_code_taken");
                    assertThat(e.getMessage()).contains("JAVA-101");
                });
        assertThat(courses().findById(first.id())).contains(first);
        assertThat(courses().findById(second.id())).isEmpty();
    }

    @Test
    void renamesACourseAndKeepsEverythingElse() {
        Course course = courses().add(aCourse().withTitle("Old").build());

        Course renamed = courses().rename(course.id(), "New");

        assertThat(renamed).isEqualTo(course.renamed("New"));
        assertThat(courses().findById(course.id())).contains(renamed);
    }

    @Test
    void repricesACourseEvenIntoAnotherCurrency() {
        Course course = courses().add(aCourse().withPrice(Money.of(100_00, "EUR")).build());

        Course repriced = courses().reprice(course.id(), Money.of(5_000, "JPY"));

        assertThat(repriced.price()).isEqualTo(Money.of(5_000, "JPY"));
        assertThat(repriced).isEqualTo(course.repriced(Money.of(5_000, "JPY")));
        assertThat(courses().findById(course.id())).contains(repriced);
    }

    @ParameterizedTest(name = "from {0} to every status")
    @EnumSource(CourseStatus.class)
    void changesTheStatusFromAnyToAny(CourseStatus from) {
        for (CourseStatus to : CourseStatus.values()) {
            Course course = courses().add(aCourse().withStatus(from).build());

            Course changed = courses().changeStatus(course.id(), to);

            assertThat(changed.status()).as("%s to %s", from, to).isEqualTo(to);
            assertThat(courses().findById(course.id())).contains(course.withStatus(to));
        }
    }

    @Test
    @Guards(Risk.COURSE_RULE_WRONG)
    void refusesACapacityBelowTheSeatsTakenAndKeepsTheCourseAsItWas() {
        Course course = courses().add(aCourse().withCapacity(10).withSeatsTaken(6).build());

        assertThatThrownBy(() -> courses().changeCapacity(course.id(), 5))
                .isInstanceOfSatisfying(CapacityBelowSeatsTakenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("capacity_below_seats_taken");
                    assertThat(e.getMessage()).contains("5").contains("6 seats");
                });
        assertThat(courses().findById(course.id())).contains(course);
    }

    @Test
    @Guards(Risk.COURSE_RULE_WRONG)
    void acceptsACapacityEqualToTheSeatsTaken() {
        Course course = courses().add(aCourse().withCapacity(10).withSeatsTaken(6).build());

        Course shrunk = courses().changeCapacity(course.id(), 6);

        assertThat(shrunk.capacity()).isEqualTo(6);
        assertThat(shrunk.isFull()).isTrue();
        assertThat(courses().findById(course.id())).contains(shrunk);
    }

    @Test
    @Guards(Risk.COURSE_RULE_WRONG)
    void growsACapacity() {
        Course course = courses().add(aCourse().withCapacity(10).withSeatsTaken(10).build());

        assertThat(courses().changeCapacity(course.id(), 25).seatsAvailable()).isEqualTo(15);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                argumentSet("rename", (BiConsumer<Courses, CourseId>) (courses, id) -> courses.rename(id, "New")),
                argumentSet("reprice", (BiConsumer<Courses, CourseId>) (courses, id) -> courses.reprice(id, Money.of(1, "EUR"))),
                argumentSet("change status", (BiConsumer<Courses, CourseId>) (courses, id) -> courses.changeStatus(id, CourseStatus.OPEN)),
                argumentSet("change capacity", (BiConsumer<Courses, CourseId>) (courses, id) -> courses.changeCapacity(id, 5)));
    }

    @ParameterizedTest(name = "{argumentSetName} of an unknown course is refused as not found")
    @MethodSource("changes")
    @Guards(Risk.COURSE_RULE_WRONG)
    void refusesToChangeAnUnknownCourse(BiConsumer<Courses, CourseId> change) {
        courses().add(aCourse().build());
        CourseId unknown = aCourse().build().id();

        assertThatThrownBy(() -> change.accept(courses(), unknown))
                .isInstanceOfSatisfying(CourseNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("course_not_found"));
    }

    @Test
    void listsEveryCourseDraftsIncludedByStartThenCodeAPageAtATime() {
        Instant march = Instant.parse("2027-03-01T09:00:00Z");
        Course late = courses().add(aCourse().withCode("A-2").withStatus(CourseStatus.OPEN)
                .startingAt(Instant.parse("2027-04-01T09:00:00Z")).build());
        Course draft = courses().add(aCourse().withCode("B-1").withStatus(CourseStatus.DRAFT).startingAt(march).build());
        Course closed = courses().add(aCourse().withCode("A-1").withStatus(CourseStatus.CLOSED).startingAt(march).build());

        Page<Course> first = courses().all(Optional.empty(), new PageRequest(0, 2));
        Page<Course> second = courses().all(Optional.empty(), new PageRequest(1, 2));

        assertThat(first.items()).containsExactly(closed, draft);
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(second.items()).containsExactly(late);
    }

    @ParameterizedTest(name = "only {0}")
    @EnumSource(CourseStatus.class)
    void listsOnlyTheCoursesWithTheStatusAskedFor(CourseStatus wanted) {
        for (CourseStatus status : CourseStatus.values()) {
            courses().add(aCourse().withStatus(status).build());
        }

        Page<Course> listed = courses().all(Optional.of(wanted), new PageRequest(0, 20));

        assertThat(listed.items()).extracting(Course::status).containsExactly(wanted);
        assertThat(listed.totalItems()).isEqualTo(1);
    }
}
