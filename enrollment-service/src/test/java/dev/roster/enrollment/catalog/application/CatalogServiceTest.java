package dev.roster.enrollment.catalog.application;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.PageRequest;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {

    private final InMemoryCourses courses = new InMemoryCourses();
    private final CatalogService catalog = new CatalogService(courses);

    @Test
    void showsAPublishedCourse() {
        Course open = aCourse().withStatus(CourseStatus.OPEN).build();
        Course closed = aCourse().withStatus(CourseStatus.CLOSED).build();
        courses.addIfAbsent(open);
        courses.addIfAbsent(closed);

        assertThat(catalog.course(open.id())).isEqualTo(open);
        assertThat(catalog.course(closed.id())).isEqualTo(closed);
    }

    @Test
    void answersADraftAsUnknown() {
        Course draft = aCourse().withStatus(CourseStatus.DRAFT).build();
        courses.addIfAbsent(draft);

        assertThatThrownBy(() -> catalog.course(draft.id()))
                .isInstanceOfSatisfying(CourseNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("course_not_found"));
    }

    @Test
    void answersAnUnknownIdAsNotFound() {
        assertThatThrownBy(() -> catalog.course(aCourse().build().id()))
                .isInstanceOf(CourseNotFoundException.class);
    }

    @Test
    void browsesOnlyPublishedCourses() {
        courses.addIfAbsent(aCourse().withCode("OPEN").withStatus(CourseStatus.OPEN).build());
        courses.addIfAbsent(aCourse().withCode("DRAFT").withStatus(CourseStatus.DRAFT).build());

        var page = catalog.browse(new PageRequest(0, 10));

        assertThat(page.items()).extracting(Course::code).containsExactly("OPEN");
        assertThat(page.totalItems()).isEqualTo(1);
    }
}
