package dev.roster.enrollment.pricing.application;

import static dev.roster.enrollment.pricing.application.NewCouponFixtures.aNewCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.FieldError;
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

@Guards(Risk.PRICING_RULE_WRONG)
class NewCouponTest {

    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                argumentSet("a missing code", change(c -> c.withCode(null)), "/code", "is required"),
                argumentSet("a blank code", change(c -> c.withCode("  ")), "/code", "is required"),
                argumentSet("a code of 2 characters", change(c -> c.withCode("AB")), "/code", "3 to 64"),
                argumentSet("a code of 65 characters", change(c -> c.withCode("A".repeat(65))), "/code", "3 to 64"),
                argumentSet("a code with a space inside", change(c -> c.withCode("SPRING 10")), "/code", "letters, digits"),
                argumentSet("a code with a percent sign", change(c -> c.withCode("10%OFF")), "/code", "letters, digits"),
                argumentSet("a code with a non-ASCII letter", change(c -> c.withCode("FRÜHLING")), "/code", "letters, digits"),
                argumentSet("a missing percentage", change(c -> c.withPercentOff(null)), "/percentOff", "is required"),
                argumentSet("0 percent off", change(c -> c.withPercentOff(0)), "/percentOff", "between 1 and 100"),
                argumentSet("101 percent off", change(c -> c.withPercentOff(101)), "/percentOff", "between 1 and 100"),
                argumentSet("a missing start of validity", change(c -> c.validBetween(null, FROM)), "/validFrom", "is required"),
                argumentSet("a missing end of validity", change(c -> c.validBetween(FROM, null)), "/validUntil", "is required"),
                argumentSet("a window ending when it starts", change(c -> c.validBetween(FROM, FROM)), "/validUntil", "after validFrom"),
                argumentSet("a window ending before it starts",
                        change(c -> c.validBetween(FROM, FROM.minusSeconds(1))), "/validUntil", "after validFrom"),
                argumentSet("a window shorter than the microsecond the database keeps",
                        change(c -> c.validBetween(FROM, FROM.plusNanos(999))), "/validUntil", "after validFrom"),
                argumentSet("a missing redemption limit", change(c -> c.withMaxRedemptions(null)), "/maxRedemptions", "is required"),
                argumentSet("a redemption limit of 0", change(c -> c.withMaxRedemptions(0)), "/maxRedemptions", "between 1 and 1000000"),
                argumentSet("a redemption limit of 1000001", change(c -> c.withMaxRedemptions(1_000_001)), "/maxRedemptions", "between 1 and 1000000"),
                argumentSet("a start of validity before 2000", change(c -> c.validBetween(Instant.parse("1999-12-31T23:59:59.999999Z"), FROM)),
                        "/validFrom", "between 2000-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z"),
                argumentSet("an end of validity in the year 10000", change(c -> c.validBetween(FROM, Instant.parse("+10000-01-01T00:00:00Z"))),
                        "/validUntil", "between 2000-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z"),
                argumentSet("an end of validity at Instant.MAX", change(c -> c.validBetween(FROM, Instant.MAX)),
                        "/validUntil", "between 2000-01-01T00:00:00Z"),
                argumentSet("a NUL in the code", change(c -> c.withCode("SPRING\u0000")), "/code", "letters, digits"));
    }

    @ParameterizedTest(name = "{argumentSetName} is refused at {1}")
    @MethodSource("invalidFields")
    void refusesAnInvalidFieldNamingIt(UnaryOperator<NewCouponFixtures> change, String field, String detail) {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> change.apply(aNewCoupon()).build());

        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.detail()).contains(detail);
        });
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
        assertThat(refusal.code()).isEqualTo("validation_failed");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> new NewCoupon("x", 0, FROM, FROM, 0));

        assertThat(refusal.errors()).extracting(FieldError::field)
                .containsExactly("/code", "/percentOff", "/validUntil", "/maxRedemptions");
    }

    @Test
    void reportsBothMissingEndsOfTheWindow() {
        ValidationException refusal = catchThrowableOfType(ValidationException.class,
                () -> aNewCoupon().validBetween(null, null).build());

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("/validFrom", "/validUntil");
    }

    static Stream<Arguments> validEdges() {
        return Stream.of(
                argumentSet("a code of 3 characters", change(c -> c.withCode("A_1"))),
                argumentSet("a code of 64 characters", change(c -> c.withCode("a".repeat(64)))),
                argumentSet("1 percent off", change(c -> c.withPercentOff(1))),
                argumentSet("100 percent off", change(c -> c.withPercentOff(100))),
                argumentSet("a window of one microsecond", change(c -> c.validBetween(FROM, FROM.plusNanos(1_000)))),
                argumentSet("a single redemption", change(c -> c.withMaxRedemptions(1))),
                argumentSet("a million redemptions", change(c -> c.withMaxRedemptions(1_000_000))),
                argumentSet("the widest window", change(c -> c.validBetween(Instant.parse("2000-01-01T00:00:00Z"),
                        Instant.parse("9999-12-31T23:59:59.999999Z")))));
    }

    @ParameterizedTest(name = "{argumentSetName} is accepted")
    @MethodSource("validEdges")
    void acceptsTheEdgesOfEachRange(UnaryOperator<NewCouponFixtures> change) {
        assertThat(change.apply(aNewCoupon()).build()).isNotNull();
    }

    @Test
    void trimsAndUpperCasesTheCode() {
        assertThat(aNewCoupon().withCode("  spring-10_a ").build().code()).isEqualTo("SPRING-10_A");
    }

    @Test
    void keepsTheWindowToTheMicrosecondAsTheDatabaseDoes() {
        NewCoupon command = aNewCoupon()
                .validBetween(FROM.plusNanos(1_999), FROM.plusNanos(5_001)).build();

        assertThat(command.validFrom()).isEqualTo(FROM.plusNanos(1_000));
        assertThat(command.validUntil()).isEqualTo(FROM.plusNanos(5_000));
    }

    private static UnaryOperator<NewCouponFixtures> change(UnaryOperator<NewCouponFixtures> change) {
        return change;
    }

    @Test
    void tellsWhichCodesSomeCouponCouldHaveSoOthersAreNeverLookedUp() {
        assertThat(NewCoupon.isWellFormedCode("ABC")).as("3 characters").isTrue();
        assertThat(NewCoupon.isWellFormedCode("A".repeat(64))).as("64 characters").isTrue();
        assertThat(NewCoupon.isWellFormedCode("AB")).as("2 characters").isFalse();
        assertThat(NewCoupon.isWellFormedCode("A".repeat(65))).as("65 characters").isFalse();
        assertThat(NewCoupon.isWellFormedCode("SPRING 10")).as("a space").isFalse();
        assertThat(NewCoupon.isWellFormedCode(null)).isFalse();
    }
}
