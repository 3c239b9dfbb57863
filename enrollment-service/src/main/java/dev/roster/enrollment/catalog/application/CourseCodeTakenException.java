package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.shared.DomainException;

/** A new course refused because another course already has its code. */
public class CourseCodeTakenException extends DomainException {

    public CourseCodeTakenException(String code) {
        super(Kind.CONFLICT, "course_code_taken", "a course with code " + code + " already exists");
    }
}
