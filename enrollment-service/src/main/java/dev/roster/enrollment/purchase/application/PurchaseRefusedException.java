package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.shared.DomainException;

/** The learner may not buy this seat: course_not_open, already_enrolled or course_full (409). */
public class PurchaseRefusedException extends DomainException {

    public PurchaseRefusedException(String reason) {
        super(Kind.CONFLICT, reason, switch (reason) {
            case "course_not_open" -> "The course is not open for purchase.";
            case "already_enrolled" -> "You already have a seat in this course.";
            case "course_full" -> "The course is full.";
            default -> "The purchase was refused: " + reason;
        });
    }
}
