package dev.roster.enrollment.catalog.application;

import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Timestamps;
import dev.roster.enrollment.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A course an administrator wants to create, valid once built: a constructor that returns has
 * checked every field; otherwise it throws a {@link ValidationException} naming every invalid field
 * by its path ({@code /code}, {@code /title}, {@code /description}, {@code /price/amount},
 * {@code /price/currency}, {@code /capacity}, {@code /startsAt}).
 *
 * <p>Normalised on the way in: the code is trimmed and upper-cased, title and description trimmed
 * (a missing description is empty), the currency upper-cased, the start truncated to microseconds
 * (what PostgreSQL keeps) and a missing status becomes {@link CourseStatus#DRAFT}. Numbers are boxed
 * so that a missing one is reported as a field error rather than read as zero.
 *
 * <p>No text may hold control characters or unpaired surrogates ({@link dev.roster.enrollment.shared.Text});
 * the description alone may hold tabs and line breaks.
 *
 * @param code        1 to 32 characters of {@code A-Z}, {@code 0-9} and {@code -}, not starting with {@code -}
 * @param title       1 to 200 characters
 * @param description at most 2000 characters; may be null
 * @param priceMinor  the price in the currency's minor unit (cents), 0 to 1,000,000 major units
 * @param currency    an ISO 4217 code such as {@code EUR}
 * @param capacity    0 to 10000 seats
 * @param startsAt    when the course starts, within {@link Timestamps}' range
 * @param status      where the course starts its life; null means {@link CourseStatus#DRAFT}
 */
public record NewCourse(
        String code,
        String title,
        String description,
        Long priceMinor,
        String currency,
        Integer capacity,
        Instant startsAt,
        CourseStatus status) {

    public NewCourse {
        code = CourseInput.normalizedCode(code);
        title = CourseInput.normalizedText(title);
        description = description == null ? "" : description.strip();
        currency = CourseInput.normalizedCurrency(currency);
        startsAt = Timestamps.micros(startsAt);
        status = status == null ? CourseStatus.DRAFT : status;

        List<FieldError> errors = new ArrayList<>();
        CourseInput.checkCode(code, errors);
        CourseInput.checkTitle(title, errors);
        CourseInput.checkDescription(description, errors);
        CourseInput.checkPriceAmount(priceMinor, currency, errors);
        CourseInput.checkCurrency(currency, errors);
        CourseInput.checkCapacity(capacity, errors);
        if (startsAt == null) {
            errors.add(new FieldError("/startsAt", "is required"));
        }
        Timestamps.checkRange("/startsAt", startsAt, errors);
        ValidationException.throwIfAny(errors);
    }

    public Money price() {
        return CourseInput.price(priceMinor, currency);
    }
}
