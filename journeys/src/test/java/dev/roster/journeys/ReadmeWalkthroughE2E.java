package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's curl walkthrough, taken from the README itself and run with {@code bash -euo pipefail}
 * against the started services, as a newcomer would paste it against a local run: it must finish,
 * buying and cancelling a seat with the demo coupon, and call only endpoints the OpenAPI document has.
 */
@ExtendWith(RunningRoster.class)
class ReadmeWalkthroughE2E {

    private static final Path README = Path.of("..", "README.md");
    private static final String MARKER = "<!-- walkthrough:";
    private static RosterSystem system;
    private static Api api;

    @BeforeAll
    static void startTheSystem(RosterSystem running) throws Exception {
        system = running;
        api = new Api(running.url());
    }

    @Test
    @Guards(Risk.NEWCOMER_PATH_BROKEN)
    void theWalkthroughPastedIntoBashBuysAndCancelsASeat() throws Exception {
        String walkthrough = walkthrough();
        theDemoCouponOfTheLocalRun();
        Path script = Files.createTempFile("walkthrough", ".sh");
        Files.writeString(script, walkthrough);
        Path printed = Files.createTempFile("walkthrough", ".out");

        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
                .redirectErrorStream(true).redirectOutput(printed.toFile());
        bash.environment().putAll(Map.of("ROSTER_URL", system.url(),
                "ROSTER_ADMIN_EMAIL", RosterSystem.ADMIN_EMAIL, "ROSTER_ADMIN_PASSWORD", RosterSystem.ADMIN_PASSWORD));
        Process run = bash.start();
        // a guard against a hung step, not a measure: the walkthrough takes seconds
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly().waitFor();
        }
        String output = Files.readString(printed, StandardCharsets.UTF_8);

        assertThat(finished).as("the walkthrough finished; so far:%n%s", output).isTrue();
        assertThat(run.exitValue()).as("the walkthrough's exit status; it printed:%n%s", output).isZero();
        assertThat(output).as("the quote shows the coupon's line").contains("\"rule\": \"coupon\"");
        assertThat(output.lines().map(String::strip).toList()).as(output).contains("CONFIRMED", "CANCELLED");
    }

    @Test
    @Guards(Risk.NEWCOMER_PATH_BROKEN)
    void theWalkthroughCallsOnlyEndpointsTheOpenApiDocumentHas() throws Exception {
        JsonNode paths = JsonMapper.builder().build().readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(system.url() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("paths");
        List<String> calls = new ArrayList<>();
        // each call: curl ... [-X METHOD] "$BASE/api/..." (a method-less call is a GET, or a POST with -d)
        Matcher call = Pattern.compile("curl [^\\n]*?(?:-X (\\w+) )?\"\\$BASE(/api/[^\"?]*)").matcher(walkthrough());
        while (call.find()) {
            calls.add((call.group(1) == null ? "GET" : call.group(1)) + " " + call.group(2));
        }

        assertThat(calls).as("the walkthrough's calls").hasSizeGreaterThanOrEqualTo(10);
        assertThat(calls).allSatisfy(endpoint -> {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            boolean documented = false;
            for (var documentedPath : paths.properties()) {
                String template = documentedPath.getKey().replaceAll("\\{[^}]+}", "[^/]+");
                if (path.replaceAll("\\$\\w+", "x").matches(template) && documentedPath.getValue().has(method)) {
                    documented = true;
                }
            }
            assertThat(documented).as("%s is in /v3/api-docs", endpoint).isTrue();
        });
    }

    /** The block after the README's walkthrough marker. */
    private static String walkthrough() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("README.md has the walkthrough marker %s", MARKER).isNotNegative();
        int start = readme.indexOf("```sh\n", marker) + "```sh\n".length();
        return readme.substring(start, readme.indexOf("\n```", start) + 1);
    }

    /** What {@code DemoCoupons} adds to a local run; the journeys' system runs without demo data. */
    private static void theDemoCouponOfTheLocalRun() throws Exception {
        String admin = api.adminToken();
        HttpResponse<String> existing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(system.url() + "/api/v1/admin/coupons/WELCOME10"))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        if (existing.statusCode() == 404) {
            api.send("POST", "/api/v1/admin/coupons", admin, """
                    {"code":"WELCOME10","percentOff":10,"validFrom":"2020-01-01T00:00:00Z",
                     "validUntil":"2099-01-01T00:00:00Z","maxRedemptions":1000}""", 201);
        }
    }
}
