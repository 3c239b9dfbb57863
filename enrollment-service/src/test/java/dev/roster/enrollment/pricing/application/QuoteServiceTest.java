package dev.roster.enrollment.pricing.application;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static dev.roster.enrollment.pricing.domain.CouponFixtures.aCoupon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.application.CourseNotFoundException;
import dev.roster.enrollment.catalog.application.InMemoryCourses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.pricing.domain.CouponInvalidException;
import dev.roster.enrollment.pricing.domain.CouponValidity;
import dev.roster.enrollment.pricing.domain.DiscountLine;
import dev.roster.enrollment.pricing.domain.PricingPolicy;
import dev.roster.enrollment.pricing.domain.Quote;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Money;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Guards(Risk.PRICING_RULE_WRONG)
class QuoteServiceTest {

    /** Mid-February 2027: inside the default coupon's first-quarter window, and not today's date. */
    private static final Instant NOW = Instant.parse("2027-02-15T10:00:00Z");

    private final InMemoryCourses courses = new InMemoryCourses();
    private final InMemoryCoupons coupons = new InMemoryCoupons();
    private final FixedLearnerStandings standings = new FixedLearnerStandings();
    private final InMemoryFirstOrderCredits credits = new InMemoryFirstOrderCredits();
    private final QuoteService service = new QuoteService(new CatalogService(courses), coupons, credits, standings,
            PricingPolicy.allRules(), Clock.fixed(NOW, ZoneOffset.UTC));

    private final UUID returningLearner = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private final UUID newLearner = UUID.fromString("0190a000-0000-7000-8000-000000000002");
    private final UUID returningMember = UUID.fromString("0190a000-0000-7000-8000-000000000003");
    private final Course course = aCourse().withPrice(Money.of(100_00, "EUR")).build();

    QuoteServiceTest() {
        courses.addIfAbsent(course);
        credits.claim(returningLearner, new UUID(0xf, 1), NOW);
        standings.set(returningMember, new LearnerStanding(true));
        credits.claim(returningMember, new UUID(0xf, 2), NOW);
    }

    @Test
    void quotesTheCoursePriceWithoutACoupon() {
        Quote quote = service.quote(new LearnerId(returningLearner), course.id(), Optional.empty());

        assertThat(quote.listPrice()).isEqualTo(eur(100_00));
        assertThat(quote.lines()).containsExactly(new DiscountLine("volume_tier", eur(5_00)));
        assertThat(quote.discount()).isEqualTo(eur(5_00));
        assertThat(quote.total()).isEqualTo(eur(95_00));
    }

    @Test
    void treatsABlankCouponCodeAsNoCoupon() {
        Quote quote = service.quote(new LearnerId(returningLearner), course.id(), Optional.of("  "));

        assertThat(quote.lines()).containsExactly(new DiscountLine("volume_tier", eur(5_00)));
        assertThat(quote.total()).isEqualTo(eur(95_00));
    }

    @Test
    void appliesAValidCouponWhateverTheCaseOfItsCode() {
        coupons.add(aCoupon().withCode("SPRING10").withPercentOff(10).build());

        Quote quote = service.quote(new LearnerId(returningLearner), course.id(), Optional.of("spring10"));

        assertThat(quote.lines()).containsExactly(
                new DiscountLine("volume_tier", eur(5_00)), new DiscountLine("coupon", eur(10_00)));
        assertThat(quote.discount()).isEqualTo(eur(15_00));
        assertThat(quote.total()).isEqualTo(eur(85_00));
    }

    static Stream<Arguments> unusableCoupons() {
        return Stream.of(
                argumentSet("a code no coupon has", Optional.empty(), CouponValidity.UNKNOWN),
                argumentSet("a coupon valid from tomorrow", Optional.of(aCoupon().withCode("SPRING10")
                        .validBetween(Instant.parse("2027-02-16T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"))
                        .build()), CouponValidity.NOT_YET_VALID),
                argumentSet("a coupon that expired exactly now", Optional.of(aCoupon().withCode("SPRING10")
                        .validBetween(Instant.parse("2027-01-01T00:00:00Z"), NOW).build()), CouponValidity.EXPIRED),
                argumentSet("a coupon redeemed its maximum number of times", Optional.of(aCoupon().withCode("SPRING10")
                        .withRedemptions(50, 50).build()), CouponValidity.EXHAUSTED));
    }

    @ParameterizedTest(name = "{argumentSetName} is refused as {2}")
    @MethodSource("unusableCoupons")
    void refusesACouponThatCannotBeUsedNow(Optional<Coupon> stored, CouponValidity reason) {
        stored.ifPresent(coupons::add);

        assertThatThrownBy(() -> service.quote(new LearnerId(returningLearner), course.id(), Optional.of("SPRING10")))
                .isInstanceOfSatisfying(CouponInvalidException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.code()).isEqualTo("coupon_invalid");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                    assertThat(e.getMessage()).contains("SPRING10");
                });
    }

    @Test
    void givesTheFirstOrderCreditToALearnerWithNoConfirmedEnrollment() {
        Quote quote = service.quote(new LearnerId(newLearner), course.id(), Optional.empty());

        assertThat(quote.lines()).containsExactly(
                new DiscountLine("volume_tier", eur(5_00)), new DiscountLine("first_order_credit", eur(5_00)));
        assertThat(quote.total()).isEqualTo(eur(90_00));
    }

    @Test
    void givesNoFirstOrderCreditToALearnerWithAConfirmedEnrollment() {
        Quote quote = service.quote(new LearnerId(returningLearner), course.id(), Optional.empty());

        assertThat(quote.lines()).extracting(DiscountLine::rule).doesNotContain("first_order_credit");
        assertThat(quote.total()).isEqualTo(eur(95_00));
    }

    @Test
    void givesAMemberTheMemberDiscount() {
        Quote quote = service.quote(new LearnerId(returningMember), course.id(), Optional.empty());

        assertThat(quote.lines()).containsExactly(
                new DiscountLine("volume_tier", eur(5_00)), new DiscountLine("member", eur(5_00)));
        assertThat(quote.total()).isEqualTo(eur(90_00));
    }

    @Test
    void refusesToQuoteADraftCourse() {
        Course draft = aCourse().withStatus(CourseStatus.DRAFT).build();
        courses.addIfAbsent(draft);

        assertThatThrownBy(() -> service.quote(new LearnerId(returningLearner), draft.id(), Optional.empty()))
                .isInstanceOfSatisfying(CourseNotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("course_not_found"));
    }

    @Test
    void refusesToQuoteAnUnknownCourse() {
        Course neverStored = aCourse().build();

        assertThatThrownBy(() -> service.quote(new LearnerId(returningLearner), neverStored.id(), Optional.empty()))
                .isInstanceOf(CourseNotFoundException.class);
    }

    @Test
    void checksTheCourseBeforeTheCoupon() {
        assertThatThrownBy(() -> service.quote(new LearnerId(returningLearner), aCourse().build().id(), Optional.of("NOPE")))
                .isInstanceOf(CourseNotFoundException.class);
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }
}
