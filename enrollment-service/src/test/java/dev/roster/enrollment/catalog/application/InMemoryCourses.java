package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.testsupport.Snapshotting;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An in-memory fake of the {@link Courses} port that keeps the port's promises: order, code
 * uniqueness (a taken code is refused, as the unique constraint does), not-found for unknown ids, and
 * the capacity rule (never below the seats taken), seats taken only while open and not full (held to
 * purchase's SeatsContract through CatalogSeatsTest). JdbcCoursesIT holds the real adapter to the same
 * promises.
 */
public class InMemoryCourses implements Courses, Snapshotting {

    private final Map<CourseId, Course> byId = new LinkedHashMap<>();

    @Override
    public Runnable snapshot() {
        Map<CourseId, Course> saved = new LinkedHashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    @Override
    public Optional<Course> findById(CourseId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<Course> published(PageRequest request) {
        List<Course> published = byId.values().stream()
                .filter(course -> course.status().isPublished())
                .sorted(Comparator.comparing(Course::startsAt).thenComparing(Course::code))
                .toList();
        List<Course> page = published.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(page, request.page(), request.size(), published.size());
    }

    @Override
    public Page<Course> all(Optional<CourseStatus> status, PageRequest request) {
        List<Course> matching = byId.values().stream()
                .filter(course -> status.map(wanted -> course.status() == wanted).orElse(true))
                .sorted(Comparator.comparing(Course::startsAt).thenComparing(Course::code))
                .toList();
        List<Course> page = matching.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(page, request.page(), request.size(), matching.size());
    }

    @Override
    public boolean addIfAbsent(Course course) {
        if (codeTaken(course.code())) {
            return false;
        }
        put(course);
        return true;
    }

    @Override
    public Course add(Course course) {
        if (codeTaken(course.code())) {
            throw new CourseCodeTakenException(course.code());
        }
        put(course);
        return course;
    }

    @Override
    public Course rename(CourseId id, String title) {
        return change(id, course -> course.renamed(title));
    }

    @Override
    public Course reprice(CourseId id, Money price) {
        return change(id, course -> course.repriced(price));
    }

    @Override
    public Course changeStatus(CourseId id, CourseStatus status) {
        return change(id, course -> course.withStatus(status));
    }

    @Override
    public Course changeCapacity(CourseId id, int capacity) {
        return change(id, course -> course.withCapacity(capacity));
    }

    @Override
    public SeatReservation reserveSeat(CourseId id) {
        Course course = byId.get(id);
        if (course == null || course.status() != CourseStatus.OPEN) {
            return SeatReservation.NOT_OPEN;
        }
        if (course.isFull()) {
            return SeatReservation.FULL;
        }
        byId.put(id, seatsTaken(course, course.seatsTaken() + 1));
        return SeatReservation.RESERVED;
    }

    @Override
    public void releaseSeat(CourseId id) {
        Course course = byId.get(id);
        if (course == null || course.seatsTaken() == 0) {
            throw new IllegalStateException("no seat to release in course " + id);
        }
        byId.put(id, seatsTaken(course, course.seatsTaken() - 1));
    }

    private Course change(CourseId id, UnaryOperator<Course> change) {
        Course changed = change.apply(findById(id).orElseThrow(() -> new CourseNotFoundException(id)));
        byId.put(id, changed);
        return changed;
    }

    private static Course seatsTaken(Course c, int taken) {
        return new Course(c.id(), c.code(), c.title(), c.description(), c.price(), c.capacity(), taken, c.status(),
                c.startsAt());
    }

    private boolean codeTaken(String code) {
        return byId.values().stream().anyMatch(existing -> existing.code().equals(code));
    }

    private void put(Course course) {
        if (byId.containsKey(course.id())) {
            // the primary key refuses it too, though not as a taken code
            throw new IllegalStateException("a course with id " + course.id() + " exists already");
        }
        byId.put(course.id(), course);
    }
}
