package dev.roster.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;

/** A learner of one journey: a unique email, so journeys sharing one system never meet. */
record Learner(String name, String email, String password) {

    static Learner fresh(String name) {
        return new Learner(name, name.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.com",
                "Correct-Horse-9");
    }

    void signUpWithTheApi(Api api) throws Exception {
        api.send("POST", "/api/v1/learners", null, """
                {"email":"%s","name":"%s","password":"%s"}""".formatted(email, name, password), 201);
    }

    /** Logs in through the page's form, as a person would. */
    void logInIn(Page page, String baseUrl) {
        page.navigate(baseUrl + "/#/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        Accessibility.assertNoSeriousViolations(page, "log in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();
    }
}
