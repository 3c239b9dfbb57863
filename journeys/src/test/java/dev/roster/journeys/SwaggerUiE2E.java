package dev.roster.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Swagger UI as a newcomer uses it: opened without logging in, authorized with a token, a seat bought
 * from it. Swagger UI is driven as a person would (its Authorize dialog, the operation's form, Execute);
 * {@link Browsers} fails the journey if the page broke its Content-Security-Policy or threw.
 */
@ExtendWith({RunningRoster.class, Browsers.class})
class SwaggerUiE2E {

    private static RosterSystem system;
    private static Api api;

    @BeforeAll
    static void startTheSystem(RosterSystem running) {
        system = running;
        api = new Api(running.url());
    }

    @Test
    @Guards(Risk.NEWCOMER_PATH_BROKEN)
    void aLearnerBuysASeatFromSwaggerUi(Browsers.Tab tab) throws Exception {
        String code = "SWAG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String courseId = api.openCourse(code, "Bought from Swagger UI", "30.00", 3);
        Learner eve = Learner.fresh("Eve");
        eve.signUpWithTheApi(api);
        String token = api.token(eve.email(), eve.password());
        Page page = tab.page();

        page.navigate(system.url() + "/swagger-ui.html");
        // the first request for the document builds it (springdoc reads every controller): give it time
        assertThat(page.locator(".info .title")).containsText("Roster enrollment-service",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        page.locator("button.authorize").first().click();
        Locator dialog = page.locator(".modal-ux");
        dialog.locator("input").first().fill(token);
        dialog.locator("button.authorize").click();
        assertThat(dialog.getByText("Authorized", new Locator.GetByTextOptions().setExact(true))).isVisible();
        dialog.locator("button.btn-done").click();

        // open the purchase operation; "Try it out" is on from the start (springdoc.swagger-ui.try-it-out-enabled)
        Locator purchase = page.locator("#operations-enrollment-controller-purchase");
        purchase.locator(".opblock-summary-control").click();
        assertThat(purchase.locator("tr[data-param-name='Idempotency-Key'] input")).isVisible();
        purchase.locator("tr[data-param-name='Idempotency-Key'] input").fill("swagger-" + UUID.randomUUID());
        purchase.locator("textarea.body-param__text").fill("""
                {"courseId":"%s","paymentToken":"tok_visa"}""".formatted(courseId));
        Browsers.screenshot(tab, "swagger-ui-purchase");
        purchase.locator("button.execute").click();

        Locator answer = purchase.locator(".live-responses-table .response").first();
        assertThat(answer.locator(".response-col_status")).containsText("201",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(answer.locator(".response-col_description")).containsText("CONFIRMED");
        JsonNode mine = api.send("GET", "/api/v1/enrollments", token, null, 200);
        assertThat(mine.path("items")).hasSize(1);
        assertThat(mine.at("/items/0/courseId").asString()).isEqualTo(courseId);
        assertThat(mine.at("/items/0/status").asString()).isEqualTo("CONFIRMED");
        assertThat(api.seatsTaken(courseId)).isEqualTo(1);
    }
}
