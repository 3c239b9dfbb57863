package dev.roster.enrollment.catalog.application;

/** The fake keeps the port's promises, the same ones JdbcCoursesIT checks on PostgreSQL. */
class InMemoryCoursesTest extends CoursesContract {

    private final InMemoryCourses courses = new InMemoryCourses();

    @Override
    protected Courses courses() {
        return courses;
    }
}
