package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.shared.DomainException;

public class CourseNotFoundException extends DomainException {

    public CourseNotFoundException(CourseId id) {
        super(Kind.NOT_FOUND, "course_not_found", "no course with id " + id);
    }
}
