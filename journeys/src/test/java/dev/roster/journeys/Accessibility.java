package dev.roster.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (vendored: src/test/resources/axe, version in docs/decisions.md) on the page as it
 * is and fails on any serious or critical violation. The script is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not govern; a script tag would be refused.
 */
final class Accessibility {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AXE = load();

    private Accessibility() {
    }

    static void assertNoSeriousViolations(Page page, String what) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(AXE + "\n;undefined");
        }
        String result = (String) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return JSON.stringify(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary) })));
                }""");
        JsonNode violations = JSON.readTree(result);
        List<String> found = violations.valueStream()
                .map(v -> v.get("impact").asString() + " " + v.get("id").asString() + " (" + v.get("help").asString() + "): "
                        + v.get("nodes").toString())
                .toList();
        assertThat(found).as("serious or critical accessibility violations on %s", what).isEmpty();
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
