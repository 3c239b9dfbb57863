package dev.roster.enrollment.catalog.domain;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Guards(Risk.COURSE_RULE_WRONG)
class CourseTest {

    @Test
    void refusesACapacityBelowTheSeatsTaken() {
        Course course = aCourse().withCapacity(10).withSeatsTaken(6).build();

        assertThatThrownBy(() -> course.withCapacity(5))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("capacity_below_seats_taken");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
    }

    @Test
    void acceptsACapacityEqualToTheSeatsTaken() {
        Course course = aCourse().withCapacity(10).withSeatsTaken(6).build();

        Course shrunk = course.withCapacity(6);

        assertThat(shrunk.capacity()).isEqualTo(6);
        assertThat(shrunk.isFull()).isTrue();
        assertThat(course.capacity()).as("the original is unchanged").isEqualTo(10);
    }

    @Test
    void refusesANegativeNewCapacity() {
        Course course = aCourse().withCapacity(0).build();

        assertThatThrownBy(() -> course.withCapacity(-1))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("capacity_negative"));
    }

    @ParameterizedTest(name = "capacity {0}, seats taken {1}: {2} available, full={3}")
    @CsvSource({
            "10, 0, 10, false",
            "10, 9, 1, false",
            "10, 10, 0, true",
            "0, 0, 0, true",
    })
    void countsTheSeatsStillAvailable(int capacity, int seatsTaken, int available, boolean full) {
        Course course = aCourse().withCapacity(capacity).withSeatsTaken(seatsTaken).build();

        assertThat(course.seatsAvailable()).isEqualTo(available);
        assertThat(course.isFull()).isEqualTo(full);
    }

    @ParameterizedTest(name = "capacity {0}, seats taken {1} cannot exist")
    @CsvSource({
            "-1, 0",
            "5, 6",
            "5, -1",
    })
    void cannotBeBuiltWithImpossibleSeatCounts(int capacity, int seatsTaken) {
        assertThatThrownBy(() -> aCourse().withCapacity(capacity).withSeatsTaken(seatsTaken).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotBeBuiltWithANegativePriceOrBlankCode() {
        assertThatThrownBy(() -> aCourse().withPrice(Money.of(-1, "EUR")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> aCourse().withCode(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> aCourse().withCode("X".repeat(Course.MAX_CODE_LENGTH + 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    }

    @Test
    void movesFromAnyStatusToAnyOtherButNeedsOne() {
        Course closed = aCourse().withStatus(CourseStatus.CLOSED).build();

        assertThat(closed.withStatus(CourseStatus.DRAFT).status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(closed.withStatus(CourseStatus.OPEN)).isEqualTo(aCourseLike(closed, CourseStatus.OPEN));
        assertThatThrownBy(() -> closed.withStatus(null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("course_status_required");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                });
    }

    @Test
    void renamesAndRepricesKeepingEverythingElse() {
        Course course = aCourse().withTitle("Old").withPrice(Money.of(100_00, "EUR")).withSeatsTaken(2).build();

        Course changed = course.renamed("New").repriced(Money.of(80_00, "EUR"));

        assertThat(changed.title()).isEqualTo("New");
        assertThat(changed.price()).isEqualTo(Money.of(80_00, "EUR"));
        assertThat(changed).usingRecursiveComparison().ignoringFields("title", "price").isEqualTo(course);
        assertThatThrownBy(() -> course.renamed(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> course.repriced(Money.of(-1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Course aCourseLike(Course course, CourseStatus status) {
        return new Course(course.id(), course.code(), course.title(), course.description(), course.price(),
                course.capacity(), course.seatsTaken(), status, course.startsAt());
    }

    @Test
    void onlyDraftsAreHiddenFromLearners() {
        assertThat(CourseStatus.DRAFT.isPublished()).isFalse();
        assertThat(CourseStatus.OPEN.isPublished()).isTrue();
        assertThat(CourseStatus.CLOSED.isPublished()).isTrue();
    }

    @Test
    void acceptsTheEdgesOfEachLimit() {
        Course edge = aCourse().withCode("X".repeat(Course.MAX_CODE_LENGTH))
                .withTitle("T".repeat(Course.MAX_TITLE_LENGTH)).withPrice(Money.of(0, "EUR"))
                .withCapacity(0).withSeatsTaken(0).build();

        assertThat(edge.code()).hasSize(Course.MAX_CODE_LENGTH);
        assertThat(edge.title()).hasSize(Course.MAX_TITLE_LENGTH);
        assertThat(edge.isFull()).as("no seats at all").isTrue();
        assertThat(aCourse().withCapacity(3).build().withCapacity(0).capacity())
                .as("closing every seat of a course nobody bought").isZero();
    }

    @Test
    void cannotBeBuiltWithABlankOrOverlongTitle() {
        assertThatThrownBy(() -> aCourse().withTitle(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> aCourse().withTitle("T".repeat(Course.MAX_TITLE_LENGTH + 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void keepsAMissingDescriptionAsEmptyAndAGivenOneAsItIs() {
        Course course = aCourse().build();

        assertThat(new Course(course.id(), course.code(), course.title(), null, course.price(), course.capacity(),
                course.seatsTaken(), course.status(), course.startsAt()).description()).isEmpty();
        assertThat(new Course(course.id(), course.code(), course.title(), "SQL", course.price(), course.capacity(),
                course.seatsTaken(), course.status(), course.startsAt()).description()).isEqualTo("SQL");
    }
}
