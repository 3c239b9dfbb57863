package dev.roster.enrollment.catalog.domain;

/** Where a course is in its life: drafted by an administrator, open for purchase, or closed. */
public enum CourseStatus {
    DRAFT, OPEN, CLOSED;

    /** Drafts are the administrator's; learners see open and closed courses. */
    public boolean isPublished() {
        return this != DRAFT;
    }
}
