package dev.roster.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.roster.testkit.invariants.PurchaseInvariants;
import dev.roster.testkit.invariants.SandboxCharges;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A learner uses Roster's pages in a real browser (headless Chromium) against the running jars:
 * signing up, quoting with a coupon, buying with each kind of test card, cancelling. Every page
 * visited is checked with axe-core.
 */
@Guards({Risk.CRITICAL_JOURNEY_BROKEN, Risk.PAGES_INACCESSIBLE})
@ExtendWith({RunningRoster.class, Browsers.class})
class LearnerInTheBrowserE2E {

    private static RosterSystem system;
    private static Api api;

    @BeforeAll
    static void startTheSystem(RosterSystem running) {
        system = running;
        api = new Api(running.url());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aLearnerSignsUpQuotesWithACouponBuysGetsOneEmailAndCancelsForARefund(Browsers.Tab tab) throws Exception {
        Page page = tab.page();
        String title = "Browser journeys " + unique("T");
        String courseId = api.openCourse(unique("WEB"), title, "120.00", 5);
        String coupon = api.coupon(unique("SAVE"), 10);
        Learner ada = Learner.fresh("Ada");

        page.navigate(system.url() + "/");
        assertThat(page.getByRole(AriaRole.LINK, named(title))).isVisible();
        Accessibility.assertNoSeriousViolations(page, "the catalog");
        Browsers.screenshot(tab, "catalog");

        page.getByRole(AriaRole.LINK, named("Sign up")).click();
        page.getByLabel("Name").fill(ada.name());
        page.getByLabel("Email").fill(ada.email());
        page.getByLabel("Password").fill(ada.password());
        Accessibility.assertNoSeriousViolations(page, "sign up");
        page.getByRole(AriaRole.BUTTON, named("Create account")).click();
        assertThat(page.getByText("Logged in as Ada")).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Log out")).click();
        // the navigation's own link: the page it came from may still show a "Log in" link of its own
        assertThat(page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log in").setExact(true))).isVisible();
        ada.logInIn(page, system.url());
        Accessibility.assertNoSeriousViolations(page, "the catalog, logged in");

        page.getByRole(AriaRole.LINK, named(title)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named(title))).isVisible();
        Locator total = page.getByTestId("quote-total");
        assertThat(total).hasText(quoteTotal(ada, courseId, null));
        page.getByLabel("Coupon code (optional)").fill(coupon);
        String withCoupon = quoteTotal(ada, courseId, coupon);
        assertThat(total).hasText(withCoupon);
        assertThat(page.getByTestId("quote")).containsText("Coupon");
        Accessibility.assertNoSeriousViolations(page, "the course page with a quote");

        page.getByRole(AriaRole.BUTTON, named("Buy a seat")).click();
        assertThat(page.getByTestId("enrollment-status")).hasText("Confirmed");
        assertThat(page.getByTestId("enrollment-message")).containsText(withCoupon);
        Accessibility.assertNoSeriousViolations(page, "the purchase result");
        Browsers.screenshot(tab, "purchase-confirmed");

        Awaitility.await("the confirmation email").atMost(Duration.ofSeconds(60))
                .until(() -> system.mailTo(ada.email()).size() == 1);
        Awaitility.await("exactly one email").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> system.mailTo(ada.email()).size() == 1);

        page.getByRole(AriaRole.LINK, named("My enrollments")).click();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row.getByTestId("status")).hasText("Confirmed");
        Accessibility.assertNoSeriousViolations(page, "my enrollments");
        row.getByRole(AriaRole.BUTTON).click();
        assertThat(row.getByTestId("status")).hasText("Cancelled");
        assertThat(row).containsText("A refund of " + withCoupon + " goes back to your card.");
        Browsers.screenshot(tab, "my-enrollments");
        assertThat(api.seatsTaken(courseId)).isZero();
        assertInvariants();
    }

    @Test
    void aDeclinedCardShowsTheReasonAndHoldsNoSeat(Browsers.Tab tab) throws Exception {
        Page page = tab.page();
        String title = "Declined journey " + unique("T");
        String courseId = api.openCourse(unique("DEC"), title, "80.00", 3);
        Learner bo = Learner.fresh("Bo");
        bo.signUpWithTheApi(api);
        bo.logInIn(page, system.url());

        page.navigate(system.url() + "/#/courses/" + courseId);
        page.getByLabel("Card that is declined").check();
        page.getByRole(AriaRole.BUTTON, named("Buy a seat")).click();

        assertThat(page.getByTestId("enrollment-status")).hasText("Declined");
        // enrollment-service keeps "payment_declined" as the reason whatever the provider's own code was
        assertThat(page.getByTestId("enrollment-message")).hasText(
                "The payment was declined. No seat was taken and nothing was charged.");
        Accessibility.assertNoSeriousViolations(page, "a declined purchase");
        Browsers.screenshot(tab, "purchase-declined");
        assertThat(api.seatsTaken(courseId)).isZero();
    }

    @Test
    void aSlowCardDoubleClickedBuysOnceShowsPendingThenConfirmedWithoutAReload(Browsers.Tab tab) throws Exception {
        Page page = tab.page();
        String title = "Slow journey " + unique("T");
        String courseId = api.openCourse(unique("SLOW"), title, "60.00", 3);
        Learner cy = Learner.fresh("Cy");
        cy.signUpWithTheApi(api);
        cy.logInIn(page, system.url());

        page.navigate(system.url() + "/#/courses/" + courseId);
        page.evaluate("() => { window.sameDocument = true; }");
        page.getByLabel("Slow card: the provider answers late, reconciliation settles it").check();
        List<String> purchasesSent = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().endsWith("/api/v1/enrollments")) {
                purchasesSent.add(request.headerValue("Idempotency-Key"));
            }
        });
        page.getByRole(AriaRole.BUTTON, named("Buy a seat")).dblclick();

        assertThat(page.getByTestId("enrollment-status")).hasText("Payment pending");
        assertThat(purchasesSent).as("purchases sent for one double click").hasSize(1);
        Accessibility.assertNoSeriousViolations(page, "a pending purchase");
        Browsers.screenshot(tab, "purchase-pending");
        assertThat(page.getByTestId("enrollment-status")).hasText("Confirmed",
                new LocatorAssertions.HasTextOptions().setTimeout(90_000));
        assertThat(page.evaluate("() => window.sameDocument === true")).as("the page was not reloaded").isEqualTo(true);
        assertThat(api.seatsTaken(courseId)).isEqualTo(1);
        assertInvariants();
    }

    private static String quoteTotal(Learner learner, String courseId, String coupon) throws Exception {
        String token = api.token(learner.email(), learner.password());
        JsonNode quote = api.send("GET", "/api/v1/courses/" + courseId + "/quote"
                + (coupon == null ? "" : "?coupon=" + coupon), token, null, 200);
        JsonNode total = quote.get("total");
        return total.get("amount").asString() + " " + total.get("currency").asString();
    }

    private static void assertInvariants() throws Exception {
        Awaitility.await("purchase invariants").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                PurchaseInvariants.assertHold(system.enrollmentDatabase().dataSource(),
                        SandboxCharges.fetch(URI.create(system.sandboxUrl()), RosterSystem.SANDBOX_KEY)));
    }
}
