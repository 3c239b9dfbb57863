package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.purchase.domain.CourseOnSale;

/** Where purchase learns about the courses it sells (port); the catalog answers it. */
public interface CoursesOnSale {

    /**
     * A published course as it stands now.
     *
     * @throws dev.roster.enrollment.shared.DomainException not found, for an unknown or draft course
     */
    CourseOnSale courseOnSale(CourseId id);

    /** The title of any course, published or not: events and receipts name what was bought. */
    String titleOf(CourseId id);
}
