package dev.roster.enrollment.catalog.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.domain.CapacityBelowSeatsTakenException;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.IdGenerator;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Administering the catalog: creating courses and changing their title, price, capacity and status.
 * Sees every course, drafts included. Input is checked here and refused with a
 * {@link ValidationException} naming each invalid field; the store decides what depends on the
 * stored state (a taken code, the seats already taken), atomically.
 */
public class CourseAdminService {

    private final Courses courses;
    private final Transactions transactions;
    private final IdGenerator ids;

    public CourseAdminService(Courses courses, Transactions transactions, IdGenerator ids) {
        this.courses = Objects.requireNonNull(courses, "courses");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * A new course with no seats taken.
     *
     * @throws CourseCodeTakenException when another course has the code
     */
    public Course create(NewCourse command) {
        Objects.requireNonNull(command, "command");
        Course course = new Course(new CourseId(ids.next()), command.code(), command.title(), command.description(),
                command.price(), command.capacity(), 0, command.status(), command.startsAt());
        return courses.add(course);
    }

    /**
     * Any course, drafts included.
     *
     * @throws CourseNotFoundException when no course has the id
     */
    public Course course(CourseId id) {
        Objects.requireNonNull(id, "id");
        return courses.findById(id).orElseThrow(() -> new CourseNotFoundException(id));
    }

    /** Every course, drafts included, or only those with {@code status}; a page at a time. */
    public Page<Course> courses(Optional<CourseStatus> status, PageRequest request) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(request, "request");
        return courses.all(status, request);
    }

    /**
     * Changes the fields the command gives, in this order, all in one transaction: either every
     * change is stored or, when one is refused, none is (a renamed course whose new capacity is
     * below its seats taken keeps its old title too).
     *
     * @throws CourseNotFoundException when no course has the id
     * @return the course as it is afterwards (as it was, when the command changes nothing)
     */
    public Course change(CourseId id, CourseChange change) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        return transactions.inTransaction(() -> {
            Course course = course(id);
            if (change.title() != null) {
                course = rename(id, change.title());
            }
            if (change.price() != null) {
                course = reprice(id, change.price().amountMinor(), change.price().currency());
            }
            if (change.capacity() != null) {
                course = changeCapacity(id, change.capacity());
            }
            if (change.status() != null) {
                course = changeStatus(id, change.status());
            }
            return course;
        });
    }

    /**
     * @param title 1 to 200 characters once trimmed; else a {@link ValidationException} on {@code /title}
     * @throws CourseNotFoundException when no course has the id
     */
    public Course rename(CourseId id, String title) {
        Objects.requireNonNull(id, "id");
        String normalized = CourseInput.normalizedText(title);
        List<FieldError> errors = new ArrayList<>();
        CourseInput.checkTitle(normalized, errors);
        ValidationException.throwIfAny(errors);
        return courses.rename(id, normalized);
    }

    /**
     * A new list price; seats already bought keep what was paid.
     *
     * @param priceMinor 0 to 1,000,000 major units, in the currency's minor unit; else an error on {@code /price/amount}
     * @param currency   an ISO 4217 code; else an error on {@code /price/currency}
     * @throws CourseNotFoundException when no course has the id
     */
    public Course reprice(CourseId id, Long priceMinor, String currency) {
        Objects.requireNonNull(id, "id");
        String normalizedCurrency = CourseInput.normalizedCurrency(currency);
        List<FieldError> errors = new ArrayList<>();
        CourseInput.checkPriceAmount(priceMinor, normalizedCurrency, errors);
        CourseInput.checkCurrency(normalizedCurrency, errors);
        ValidationException.throwIfAny(errors);
        return courses.reprice(id, CourseInput.price(priceMinor, normalizedCurrency));
    }

    /**
     * @param capacity 0 to 10000; else a {@link ValidationException} on {@code /capacity}
     * @throws CourseNotFoundException          when no course has the id
     * @throws CapacityBelowSeatsTakenException when more seats are taken than the new capacity
     */
    public Course changeCapacity(CourseId id, int capacity) {
        Objects.requireNonNull(id, "id");
        List<FieldError> errors = new ArrayList<>();
        CourseInput.checkCapacity(capacity, errors);
        ValidationException.throwIfAny(errors);
        return courses.changeCapacity(id, capacity);
    }

    /**
     * Any status may follow any other (see {@link Course#withStatus}).
     *
     * @param status required; else a {@link ValidationException} on {@code /status}
     * @throws CourseNotFoundException when no course has the id
     */
    public Course changeStatus(CourseId id, CourseStatus status) {
        Objects.requireNonNull(id, "id");
        if (status == null) {
            throw new ValidationException("/status", "is required");
        }
        return courses.changeStatus(id, status);
    }
}
