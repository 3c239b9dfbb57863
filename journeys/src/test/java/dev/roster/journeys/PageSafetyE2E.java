package dev.roster.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the pages must never do, tried in a real browser: run markup that came in as data, or need
 * a mouse to buy a seat.
 */
@ExtendWith({RunningRoster.class, Browsers.class})
class PageSafetyE2E {

    private static final String PAYLOAD = "<img src=x onerror=alert(1)>";
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

    @Test
    @Guards(Risk.PAGES_RUN_INJECTED_MARKUP)
    void aCourseTitleHoldingMarkupIsShownAsTextAndRunsNothing(Browsers.Tab tab) throws Exception {
        Page page = tab.page();
        String title = PAYLOAD + " " + unique("X");
        String courseId = api.openCourse(unique("XSS"), title, "10.00", 2);

        page.navigate(system.url() + "/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))).isVisible();
        page.navigate(system.url() + "/#/courses/" + courseId);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))).isVisible();

        assertThat(page.locator("main img").count()).as("an <img> element made from the title").isZero();
        assertThat(tab.dialogs()).as("dialogs the page opened").isEmpty();
        assertThat(tab.pageErrors()).isEmpty();
    }

    @Test
    @Guards({Risk.PAGES_INACCESSIBLE, Risk.CRITICAL_JOURNEY_BROKEN})
    void aLearnerBuysASeatWithTheKeyboardAlone(Browsers.Tab tab) throws Exception {
        Page page = tab.page();
        String title = "Keyboard journey " + unique("T");
        String courseId = api.openCourse(unique("KEY"), title, "40.00", 2);
        Learner di = Learner.fresh("Di");
        di.signUpWithTheApi(api);

        page.navigate(system.url() + "/#/login");
        tabTo(page, "INPUT", "Email");
        page.keyboard().type(di.email());
        page.keyboard().press("Tab");
        page.keyboard().type(di.password());
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();

        page.navigate(system.url() + "/#/courses/" + courseId);
        assertThat(page.getByTestId("quote-total")).isVisible();
        tabTo(page, "BUTTON", "Buy a seat");
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                .as("a visible focus on the button").isNotEqualTo("none");
        page.keyboard().press("Enter");

        assertThat(page.getByTestId("enrollment-status")).hasText("Confirmed");
        assertThat(api.seatsTaken(courseId)).isEqualTo(1);
    }

    /** Presses Tab from the top of the page until the named control has the focus; fails if it never does. */
    private static void tabTo(Page page, String tag, String name) {
        page.keyboard().press("Tab"); // the first Tab lands on the skip link
        for (int presses = 0; presses < 40; presses++) {
            Object focused = page.evaluate("""
                    ([tag, name]) => {
                      const e = document.activeElement;
                      if (!e || e.tagName !== tag) return false;
                      const label = e.labels && e.labels.length ? e.labels[0].textContent : e.textContent;
                      return label.trim() === name;
                    }""", java.util.List.of(tag, name));
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached the " + tag.toLowerCase(java.util.Locale.ROOT) + " '" + name + "'");
    }
}
