package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory fake of the {@link Courses} port that keeps the port's promises (order, code uniqueness). */
public class InMemoryCourses implements Courses {

    private final Map<CourseId, Course> byId = new LinkedHashMap<>();

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
    public boolean addIfAbsent(Course course) {
        if (byId.values().stream().anyMatch(existing -> existing.code().equals(course.code()))) {
            return false;
        }
        byId.put(course.id(), course);
        return true;
    }
}
