package dev.roster.enrollment.catalog.application;

import static dev.roster.enrollment.catalog.application.NewCourseFixtures.aNewCourse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.ValidationException;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Guards(Risk.COURSE_RULE_WRONG)
class NewCourseTest {

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                argumentSet("a missing code", change(c -> c.withCode(null)), "/code", "is required"),
                argumentSet("a blank code", change(c -> c.withCode("   ")), "/code", "is required"),
                argumentSet("a code of 33 characters", change(c -> c.withCode("A".repeat(33))), "/code", "at most 32"),
                argumentSet("a code starting with a hyphen", change(c -> c.withCode("-JAVA")), "/code", "letters, digits and hyphens"),
                argumentSet("a code with a space inside", change(c -> c.withCode("JAVA 101")), "/code", "letters, digits and hyphens"),
                argumentSet("a code with an underscore", change(c -> c.withCode("JAVA_101")), "/code", "letters, digits and hyphens"),
                argumentSet("a code with a non-ASCII letter", change(c -> c.withCode("KURS-Ä")), "/code", "letters, digits and hyphens"),
                argumentSet("a missing title", change(c -> c.withTitle(null)), "/title", "is required"),
                argumentSet("a blank title", change(c -> c.withTitle(" \t ")), "/title", "is required"),
                argumentSet("a title of 201 characters", change(c -> c.withTitle("T".repeat(201))), "/title", "at most 200"),
                argumentSet("a description of 2001 characters", change(c -> c.withDescription("D".repeat(2001))), "/description", "at most 2000"),
                argumentSet("a missing price", change(c -> c.withPrice(null, "EUR")), "/price/amount", "is required"),
                argumentSet("a negative price", change(c -> c.withPrice(-1L, "EUR")), "/price/amount", "must not be negative"),
                argumentSet("a missing currency", change(c -> c.withPrice(100L, null)), "/price/currency", "is required"),
                argumentSet("a currency of four letters", change(c -> c.withPrice(100L, "EURO")), "/price/currency", "ISO 4217"),
                argumentSet("a currency no country uses", change(c -> c.withPrice(100L, "ABC")), "/price/currency", "ISO 4217"),
                argumentSet("the no-currency code XXX", change(c -> c.withPrice(100L, "XXX")), "/price/currency", "ISO 4217"),
                argumentSet("a missing capacity", change(c -> c.withCapacity(null)), "/capacity", "is required"),
                argumentSet("a negative capacity", change(c -> c.withCapacity(-1)), "/capacity", "between 0 and 10000"),
                argumentSet("a capacity of 10001", change(c -> c.withCapacity(10_001)), "/capacity", "between 0 and 10000"),
                argumentSet("a missing start", change(c -> c.startingAt(null)), "/startsAt", "is required"),
                argumentSet("a price of 1,000,000.01 EUR", change(c -> c.withPrice(100_000_001L, "EUR")), "/price/amount", "at most 1000000"),
                argumentSet("a price of 1,000,001 JPY", change(c -> c.withPrice(1_000_001L, "JPY")), "/price/amount", "at most 1000000"),
                argumentSet("a price of Long.MAX_VALUE cents", change(c -> c.withPrice(Long.MAX_VALUE, "EUR")), "/price/amount", "at most 1000000"),
                argumentSet("a start before 2000", change(c -> c.startingAt(Instant.parse("1999-12-31T23:59:59Z"))), "/startsAt", "between 2000-01-01T00:00:00Z"),
                argumentSet("a start in the year 10000", change(c -> c.startingAt(Instant.parse("+10000-01-01T00:00:00Z"))), "/startsAt", "and 9999-12-31T23:59:59.999999Z"),
                argumentSet("a start at Instant.MAX", change(c -> c.startingAt(Instant.MAX)), "/startsAt", "and 9999-12-31T23:59:59.999999Z"),
                argumentSet("a NUL in the title", change(c -> c.withTitle("Postgre\u0000SQL")), "/title", "control characters"),
                argumentSet("a line feed in the title", change(c -> c.withTitle("Postgre\nSQL")), "/title", "control characters"),
                argumentSet("an unpaired surrogate in the title", change(c -> c.withTitle("Postgre\ud800SQL")), "/title", "unpaired UTF-16 surrogates"),
                argumentSet("a NUL in the description", change(c -> c.withDescription("Index\u0000es")), "/description", "control characters"),
                argumentSet("an escape character in the description", change(c -> c.withDescription("Index\u001bes")), "/description", "control characters"),
                argumentSet("a NUL in the code", change(c -> c.withCode("SQL\u0000")), "/code", "control characters"));
    }

    @ParameterizedTest(name = "{argumentSetName} is refused at {1}")
    @MethodSource("invalidFields")
    void refusesAnInvalidFieldNamingIt(UnaryOperator<NewCourseFixtures> change, String field, String detail) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> change.apply(aNewCourse()).build());

        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.detail()).contains(detail);
        });
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
        assertThat(refusal.code()).isEqualTo("validation_failed");
    }

    @Test
    void reportsEveryInvalidFieldAtOnceInTheOrderOfTheFields() {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> new NewCourse("-", " ", "D".repeat(2001), -5L, "EURO", 10_001, null, null));

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(
                "/code", "/title", "/description", "/price/amount", "/price/currency", "/capacity", "/startsAt");
        assertThat(refusal).hasMessageContaining("/code").hasMessageContaining("/startsAt");
    }

    static Stream<Arguments> validEdges() {
        return Stream.of(
                argumentSet("a one-character code", change(c -> c.withCode("X"))),
                argumentSet("a code of 32 characters", change(c -> c.withCode("A".repeat(32)))),
                argumentSet("a code of digits ending in a hyphen", change(c -> c.withCode("101-"))),
                argumentSet("a title of 200 characters", change(c -> c.withTitle("T".repeat(200)))),
                argumentSet("a description of 2000 characters", change(c -> c.withDescription("D".repeat(2000)))),
                argumentSet("no description", change(c -> c.withDescription(null))),
                argumentSet("a free course", change(c -> c.withPrice(0L, "EUR"))),
                argumentSet("a currency without minor units", change(c -> c.withPrice(5_000L, "JPY"))),
                argumentSet("no seats at all", change(c -> c.withCapacity(0))),
                argumentSet("10000 seats", change(c -> c.withCapacity(10_000))),
                argumentSet("a price of 1,000,000.00 EUR", change(c -> c.withPrice(100_000_000L, "EUR"))),
                argumentSet("a price of 1,000,000 JPY", change(c -> c.withPrice(1_000_000L, "JPY"))),
                argumentSet("a price of 1,000,000.000 BHD", change(c -> c.withPrice(1_000_000_000L, "BHD"))),
                argumentSet("a start at the first instant accepted", change(c -> c.startingAt(Instant.parse("2000-01-01T00:00:00Z")))),
                argumentSet("a start at the last instant accepted", change(c -> c.startingAt(Instant.parse("9999-12-31T23:59:59.999999Z")))),
                argumentSet("paragraphs and an emoji in the description", change(c -> c.withDescription("One.\r\n\tTwo \uD83D\uDE00"))),
                argumentSet("an emoji in the title", change(c -> c.withTitle("Java \uD83D\uDE00"))));
    }

    @ParameterizedTest(name = "{argumentSetName} is accepted")
    @MethodSource("validEdges")
    void acceptsTheEdgesOfEachRange(UnaryOperator<NewCourseFixtures> change) {
        assertThat(change.apply(aNewCourse()).build()).isNotNull();
    }

    @Test
    void trimsAndUpperCasesTheCodeAndTrimsTheTexts() {
        NewCourse command = aNewCourse().withCode("  java-101 ").withTitle("  Java  ").withDescription(" Streams. ")
                .withPrice(49_00L, " eur ").build();

        assertThat(command.code()).isEqualTo("JAVA-101");
        assertThat(command.title()).isEqualTo("Java");
        assertThat(command.description()).isEqualTo("Streams.");
        assertThat(command.price()).isEqualTo(Money.of(49_00, "EUR"));
    }

    @Test
    void readsAMissingDescriptionAsEmpty() {
        assertThat(aNewCourse().withDescription(null).build().description()).isEmpty();
    }

    @Test
    void startsAsADraftUnlessToldOtherwise() {
        assertThat(aNewCourse().withStatus(null).build().status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(aNewCourse().withStatus(CourseStatus.OPEN).build().status()).isEqualTo(CourseStatus.OPEN);
    }

    @Test
    void keepsTheStartToTheMicrosecondAsTheDatabaseDoes() {
        NewCourse command = aNewCourse().startingAt(Instant.parse("2027-03-01T09:00:00.123456789Z")).build();

        assertThat(command.startsAt()).isEqualTo(Instant.parse("2027-03-01T09:00:00.123456Z"));
    }

    private static UnaryOperator<NewCourseFixtures> change(UnaryOperator<NewCourseFixtures> change) {
        return change;
    }
}
