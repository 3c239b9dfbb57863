package dev.roster.testkit.riskmap;

import static dev.roster.testkit.riskmap.Records.aTest;
import static dev.roster.testkit.riskmap.Records.race;
import static dev.roster.testkit.riskmap.Records.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Boundary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a map built from hand-made records in a real headless Chromium and reads back the DOM it
 * parsed. Skipped, saying why, where no Chromium is installed (.ci/run installs Debian's).
 */
class RiskMapInBrowserIT {

    private static final List<String> CANDIDATES = List.of("chromium", "chromium-browser", "google-chrome");

    @TempDir
    Path dir;

    private Path chromium;
    private Path page;

    @BeforeEach
    void buildTheMap() throws IOException {
        chromium = findChromium().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "no Chromium on the PATH (looked for " + CANDIDATES + "); install Debian's: apt-get install chromium");
        RiskMap map = RiskMap.build(
                List.of(rule("PRICE", Boundary.DOMAIN), race("OVERSELL", Boundary.DATABASE),
                        rule("API_DRIFT", Boundary.CONTRACT)),
                List.of(aTest("PriceTest", "roundsHalfUp").guarding("PRICE").build(),
                        aTest("SeatsIT", "holds").guarding("OVERSELL").build(),
                        aTest("SeatsIT", "wouldCatchReadThenWrite").proving("OVERSELL").build(),
                        aTest("ApiPactTest", "agrees").guarding("API_DRIFT").quarantined().build()));
        page = RiskMapMain.write(dir.resolve("risk-map"), map).resolve("index.html");
    }

    @Test
    void theBrowserShowsARowPerRiskWithItsVerdict() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());

        assertThat(rows(dom)).containsExactly(
                "PRICE|GUARDED", "OVERSELL|GUARDED+PROVEN", "API_DRIFT|MISSING GUARD AT BOUNDARY");
        assertThat(dom).contains("<b>3</b> risks · <b>2</b> guarded · <b>1</b> proven · <b>1</b> quarantined tests");
    }

    @Test
    void theBrowserRendersAScreenshotOfThePage() throws Exception {
        Path png = dir.resolve("map.png");

        chromium("--screenshot=" + png, "--window-size=1400,900", page.toUri().toString());

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bytes.length).isGreaterThan(10_000);
    }

    /** Each risk row of the parsed DOM as NAME|VERDICT, in page order. */
    private static List<String> rows(String dom) {
        Matcher row = Pattern.compile("<tr class=\"risk\" id=\"risk-([A-Z_]+)\">.*?<span class=\"verdict [^\"]+\">([^<]+)</span>",
                Pattern.DOTALL).matcher(dom);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(row.group(1) + "|" + row.group(2));
        }
        return rows;
    }

    private String chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        // a guard against a hung browser, not a timing assertion
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + Files.readString(dir.resolve("chromium.err")));
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("chromium.err"))).isZero();
        return Files.readString(out);
    }

    private static Optional<Path> findChromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : CANDIDATES) {
            for (String entry : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(entry, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
