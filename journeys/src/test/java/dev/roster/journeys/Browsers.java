package dev.roster.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a journey a fresh browser tab ({@link Tab}) in Debian's headless Chromium, driven by
 * Playwright, which is told never to download a browser of its own. One browser per test JVM, a new
 * context (no shared storage) per test. When a journey fails, a screenshot and the page's console
 * log are written under {@code target/journeys/failures} and attached to the test's report; a
 * journey whose page threw an uncaught error or broke the Content-Security-Policy fails too.
 */
final class Browsers implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final List<String> CANDIDATES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final ExtensionContext.Namespace TABS = ExtensionContext.Namespace.create(Browsers.class);

    /** A page with what it said on its console and the dialogs it tried to open. */
    record Tab(Page page, List<String> console, List<String> pageErrors, List<String> dialogs) {
    }

    /** The JVM's one Playwright and browser, closed after the last test. */
    private record Shared(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Tab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Shared.class, type -> launch(), Shared.class);
        BrowserContext browserContext = shared.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-GB").setTimezoneId("UTC"));
        Page page = browserContext.newPage();
        List<String> console = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> dialogs = Collections.synchronizedList(new ArrayList<>());
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        page.onPageError(error -> errors.add(error));
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        Tab tab = new Tab(page, console, errors, dialogs);
        context.getStore(TABS).put(Tab.class, tab);
        return tab;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        Tab tab = context.getStore(TABS).get(Tab.class, Tab.class);
        if (tab == null) {
            return;
        }
        if (context.getExecutionException().isPresent()) {
            Path dir = Path.of("target", "journeys", "failures");
            Files.createDirectories(dir);
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            Path screenshot = dir.resolve(name + ".png");
            Path log = dir.resolve(name + ".console.log");
            tab.page().screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
            List<String> lines = new ArrayList<>(List.of("url: " + tab.page().url()));
            lines.addAll(tab.console());
            tab.pageErrors().forEach(error -> lines.add("pageerror: " + error));
            Files.write(log, lines);
            context.publishReportEntry(Map.of("screenshot", screenshot.toAbsolutePath().toString(),
                    "console", log.toAbsolutePath().toString()));
            System.err.println("journey failed: screenshot " + screenshot.toAbsolutePath() + ", console log "
                    + log.toAbsolutePath() + ":\n  " + String.join("\n  ", lines));
            return;
        }
        List<String> broken = new ArrayList<>(tab.pageErrors());
        tab.console().stream().filter(line -> line.contains("Content Security Policy")).forEach(broken::add);
        if (!broken.isEmpty()) {
            throw new AssertionError("the page threw or broke its Content-Security-Policy: " + broken);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Tab tab = context.getStore(TABS).remove(Tab.class, Tab.class);
        if (tab != null) {
            tab.page().context().close();
        }
    }

    private static Shared launch() {
        Path chromium = findChromium().orElseThrow(() -> new IllegalStateException(
                "no Chromium on the PATH (looked for " + CANDIDATES + "); install Debian's: apt-get install chromium"));
        // the driver would otherwise download its own browsers at start; this machine uses Debian's
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(List.of("--no-sandbox")));
        return new Shared(playwright, browser);
    }

    private static Optional<Path> findChromium() {
        for (String name : CANDIDATES) {
            for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(entry, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Saves a screenshot of the whole page under target/journeys/screenshots (and docs/screenshots when asked). */
    static Path screenshot(Tab tab, String name) {
        try {
            Path dir = Path.of("target", "journeys", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            tab.page().screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            // -Droster.journeys.docs-screenshots=true refreshes the pictures the README shows
            if (Boolean.getBoolean("roster.journeys.docs-screenshots")) {
                Path docs = Path.of("..", "docs", "screenshots");
                Files.createDirectories(docs);
                Files.copy(file, docs.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
