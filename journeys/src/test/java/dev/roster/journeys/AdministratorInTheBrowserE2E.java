package dev.roster.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's pages in a real browser: a course created (after a refusal shown beside its
 * field, with nothing typed lost), opened, then seen in the catalog and in the report; a coupon.
 */
@Guards({Risk.CRITICAL_JOURNEY_BROKEN, Risk.PAGES_INACCESSIBLE})
@ExtendWith({RunningRoster.class, Browsers.class})
class AdministratorInTheBrowserE2E {

    private static RosterSystem system;

    @BeforeAll
    static void startTheSystem(RosterSystem running) {
        system = running;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static void logInAsAdministrator(Page page) {
        new Learner("Admin", RosterSystem.ADMIN_EMAIL, RosterSystem.ADMIN_PASSWORD).logInIn(page, system.url());
        assertThat(page.getByRole(AriaRole.LINK, named("Manage courses"))).isVisible();
    }

    @Test
    void anAdministratorCreatesAndOpensACourseThatAppearsInTheCatalogAndTheReport(Browsers.Tab tab) {
        Page page = tab.page();
        String code = unique("ADM");
        String title = "Administered course " + code;
        logInAsAdministrator(page);

        page.getByRole(AriaRole.LINK, named("Manage courses")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Courses"))).isVisible();
        Accessibility.assertNoSeriousViolations(page, "the administrator's courses");
        page.getByRole(AriaRole.LINK, named("New course")).click();
        page.getByLabel("Code").fill(code);
        page.getByLabel("Title").fill(title);
        page.getByLabel("Price").fill("75.50");
        page.getByLabel("Capacity").fill("20000");
        page.getByLabel("Starts at (UTC)").fill("2031-03-01T09:00");
        page.getByRole(AriaRole.BUTTON, named("Create course")).click();

        Locator capacity = page.locator(".field[data-field=capacity]");
        assertThat(capacity.locator(".field-error")).isVisible();
        assertThat(page.getByLabel("Capacity")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Title")).hasValue(title);
        assertThat(page.getByLabel("Price")).hasValue("75.50");
        Accessibility.assertNoSeriousViolations(page, "a refused new course");
        Browsers.screenshot(tab, "admin-refusal");

        page.getByLabel("Capacity").fill("12");
        page.getByRole(AriaRole.BUTTON, named("Create course")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named(title))).isVisible();
        assertThat(page.locator("main").getByText("Course created.")).isVisible();
        page.getByLabel("Status").selectOption("OPEN");
        page.getByRole(AriaRole.BUTTON, named("Save changes")).click();
        assertThat(page.locator("main").getByText("Changes saved.")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "a course being edited");

        page.getByRole(AriaRole.LINK, named("Courses")).first().click();
        assertThat(page.getByRole(AriaRole.LINK, named(title))).isVisible();
        Locator catalogRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
        assertThat(catalogRow).containsText("75.50 EUR");
        assertThat(catalogRow).containsText("Open");

        page.getByRole(AriaRole.LINK, named("Report")).click();
        Locator reportRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
        assertThat(reportRow).containsText("0 / 12");
        Accessibility.assertNoSeriousViolations(page, "the report");
        Browsers.screenshot(tab, "report");
    }

    @Test
    void anAdministratorCreatesACouponAndSeesItListed(Browsers.Tab tab) {
        Page page = tab.page();
        String code = unique("CPN");
        logInAsAdministrator(page);

        page.getByRole(AriaRole.LINK, named("Coupons")).click();
        page.getByLabel("Code").fill(code);
        page.getByLabel("Percent off").fill("15");
        page.getByLabel("Valid from (UTC)").fill("2026-01-01T00:00");
        page.getByLabel("Valid until (UTC)").fill("2030-01-01T00:00");
        page.getByLabel("Redemptions allowed").fill("50");
        page.getByRole(AriaRole.BUTTON, named("Create coupon")).click();

        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(code));
        assertThat(row).containsText("15%");
        assertThat(row).containsText("0 / 50");
        Accessibility.assertNoSeriousViolations(page, "the coupons");
    }
}
