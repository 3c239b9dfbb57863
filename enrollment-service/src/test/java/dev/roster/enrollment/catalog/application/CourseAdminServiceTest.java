package dev.roster.enrollment.catalog.application;

import dev.roster.defaults.transactions.Transactions;
import static dev.roster.enrollment.catalog.application.NewCourseFixtures.aNewCourse;
import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.domain.CapacityBelowSeatsTakenException;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.purchase.application.RollingBackTransactions;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.shared.ValidationException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@Guards(Risk.COURSE_RULE_WRONG)
class CourseAdminServiceTest {

    private static final UUID FIRST_ID = UUID.fromString("0190a000-0000-7000-8000-0000000000c1");

    private final InMemoryCourses courses = new InMemoryCourses();
    private final RollingBackTransactions transactions = new RollingBackTransactions(courses);
    private final CourseAdminService administration = new CourseAdminService(courses, transactions, () -> FIRST_ID);

    @Test
    void changesEveryFieldGivenInOneGo() {
        Course course = courses.add(aCourse().withTitle("Old").withCapacity(10).withStatus(CourseStatus.DRAFT).build());

        Course changed = administration.change(course.id(), new CourseChange(" New ",
                new CourseChange.Price(99_50L, "usd"), 25, CourseStatus.OPEN));

        assertThat(changed).extracting(Course::title, Course::price, Course::capacity, Course::status)
                .containsExactly("New", Money.of(99_50, "USD"), 25, CourseStatus.OPEN);
        assertThat(courses.findById(course.id())).contains(changed);
    }

    @Test
    void changesNothingWhenOneOfTheChangesIsRefused() {
        Course course = courses.add(aCourse().withTitle("Old").withCapacity(10).withSeatsTaken(5).build());

        assertThatThrownBy(() -> administration.change(course.id(), new CourseChange("Renamed",
                new CourseChange.Price(10_00L, "EUR"), 4, null)))
                .isInstanceOf(CapacityBelowSeatsTakenException.class);

        assertThat(courses.findById(course.id())).as("the rename and the new price are undone").contains(course);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void answersTheCourseAsItIsWhenNothingIsGivenAndRefusesAnUnknownOne() {
        Course course = courses.add(aCourse().build());

        assertThat(administration.change(course.id(), new CourseChange(null, null, null, null))).isEqualTo(course);
        assertThatThrownBy(() -> administration.change(new CourseId(UUID.randomUUID()),
                new CourseChange("Renamed", null, null, null))).isInstanceOf(CourseNotFoundException.class);
    }

    @Test
    void createsACourseWithNoSeatsTakenUnderANewId() {
        Course created = administration.create(aNewCourse().withCode(" sql-201 ").withTitle("PostgreSQL")
                .withDescription("Transactions.").withPrice(129_00L, "EUR").withCapacity(20)
                .startingAt(Instant.parse("2027-01-10T09:00:00Z")).withStatus(CourseStatus.OPEN).build());

        assertThat(created).isEqualTo(new Course(new CourseId(FIRST_ID), "SQL-201", "PostgreSQL", "Transactions.",
                Money.of(129_00, "EUR"), 20, 0, CourseStatus.OPEN, Instant.parse("2027-01-10T09:00:00Z")));
        assertThat(courses.findById(created.id())).contains(created);
    }

    @Test
    void createsADraftUnlessToldOtherwise() {
        assertThat(administration.create(aNewCourse().build()).status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void refusesACodeAnotherCourseHasWhateverTheCaseTyped() {
        Course existing = aCourse().withCode("JAVA-101").withTitle("Existing").build();
        courses.add(existing);

        assertThatThrownBy(() -> administration.create(aNewCourse().withCode("java-101").build()))
                .isInstanceOfSatisfying(CourseCodeTakenException.class,
                        e -> assertThat(e.code()).isEqualTo("course_code_taken"));
        assertThat(courses.findById(new CourseId(FIRST_ID))).isEmpty();
        assertThat(courses.findById(existing.id())).contains(existing);
    }

    @Test
    void showsADraftToTheAdministrator() {
        Course draft = courses.add(aCourse().withStatus(CourseStatus.DRAFT).build());

        assertThat(administration.course(draft.id())).isEqualTo(draft);
    }

    @Test
    void answersAnUnknownCourseAsNotFound() {
        assertThatThrownBy(() -> administration.course(aCourse().build().id()))
                .isInstanceOf(CourseNotFoundException.class);
    }

    @Test
    void renamesWithATrimmedTitle() {
        Course course = courses.add(aCourse().withTitle("Old").build());

        assertThat(administration.rename(course.id(), "  New title ").title()).isEqualTo("New title");
        assertThat(courses.findById(course.id())).map(Course::title).contains("New title");
    }

    @Test
    void refusesABlankTitleAndKeepsTheOldOne() {
        Course course = courses.add(aCourse().withTitle("Old").build());

        assertThatThrownBy(() -> administration.rename(course.id(), "   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("/title", "is required")));
        assertThat(courses.findById(course.id())).contains(course);
    }

    @Test
    void repricesInAnotherCurrency() {
        Course course = courses.add(aCourse().withPrice(Money.of(100_00, "EUR")).build());

        assertThat(administration.reprice(course.id(), 90_00L, "usd").price()).isEqualTo(Money.of(90_00, "USD"));
        assertThat(courses.findById(course.id())).map(Course::price).contains(Money.of(90_00, "USD"));
    }

    @Test
    void refusesANegativePriceAndAnUnknownCurrencyTogether() {
        Course course = courses.add(aCourse().build());

        assertThatThrownBy(() -> administration.reprice(course.id(), -1L, "EURO"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("/price/amount", "/price/currency"));
        assertThat(courses.findById(course.id())).contains(course);
    }

    @Test
    void shrinksTheCapacityDownToTheSeatsTaken() {
        Course course = courses.add(aCourse().withCapacity(10).withSeatsTaken(4).build());

        assertThat(administration.changeCapacity(course.id(), 4).seatsAvailable()).isZero();
    }

    @Test
    void refusesACapacityBelowTheSeatsTaken() {
        Course course = courses.add(aCourse().withCapacity(10).withSeatsTaken(4).build());

        assertThatThrownBy(() -> administration.changeCapacity(course.id(), 3))
                .isInstanceOfSatisfying(CapacityBelowSeatsTakenException.class,
                        e -> assertThat(e.code()).isEqualTo("capacity_below_seats_taken"));
        assertThat(courses.findById(course.id())).contains(course);
    }

    @Test
    void refusesACapacityOutsideZeroToTenThousandAsInvalidInput() {
        Course course = courses.add(aCourse().build());

        assertThatThrownBy(() -> administration.changeCapacity(course.id(), -1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("/capacity"));
        assertThatThrownBy(() -> administration.changeCapacity(course.id(), 10_001))
                .isInstanceOf(ValidationException.class);
        assertThat(administration.changeCapacity(course.id(), 10_000).capacity()).isEqualTo(10_000);
    }

    @Test
    void opensADraftAndTakesAClosedCourseBackToDraft() {
        Course draft = courses.add(aCourse().withStatus(CourseStatus.DRAFT).build());
        Course closed = courses.add(aCourse().withStatus(CourseStatus.CLOSED).build());

        assertThat(administration.changeStatus(draft.id(), CourseStatus.OPEN).status()).isEqualTo(CourseStatus.OPEN);
        assertThat(administration.changeStatus(closed.id(), CourseStatus.DRAFT).status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void refusesAMissingStatus() {
        Course course = courses.add(aCourse().build());

        assertThatThrownBy(() -> administration.changeStatus(course.id(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("/status", "is required")));
    }

    @Test
    void refusesToChangeAnUnknownCourse() {
        CourseId unknown = aCourse().build().id();

        assertThatThrownBy(() -> administration.rename(unknown, "Title")).isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> administration.reprice(unknown, 1L, "EUR")).isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> administration.changeCapacity(unknown, 1)).isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> administration.changeStatus(unknown, CourseStatus.OPEN))
                .isInstanceOf(CourseNotFoundException.class);
    }

    @Test
    void checksTheInputBeforeLookingForTheCourse() {
        assertThatThrownBy(() -> administration.rename(aCourse().build().id(), ""))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void listsDraftsAlongsidePublishedCoursesOrOnlyTheStatusAskedFor() {
        Course draft = courses.add(aCourse().withCode("B-1").withStatus(CourseStatus.DRAFT).build());
        Course open = courses.add(aCourse().withCode("A-1").withStatus(CourseStatus.OPEN).build());

        Page<Course> all = administration.courses(Optional.empty(), new PageRequest(0, 20));
        Page<Course> drafts = administration.courses(Optional.of(CourseStatus.DRAFT), new PageRequest(0, 20));

        assertThat(all.items()).containsExactly(open, draft);
        assertThat(drafts.items()).containsExactly(draft);
        assertThat(drafts.totalItems()).isEqualTo(1);
    }
}
