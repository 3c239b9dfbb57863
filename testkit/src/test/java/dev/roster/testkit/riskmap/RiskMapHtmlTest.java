package dev.roster.testkit.riskmap;

import static dev.roster.testkit.riskmap.Records.aTest;
import static dev.roster.testkit.riskmap.Records.race;
import static dev.roster.testkit.riskmap.Records.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Boundary;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskMapHtmlTest {

    private final RiskMap map = RiskMap.build(
            List.of(rule("PRICE", Boundary.DOMAIN), race("OVERSELL", Boundary.DATABASE)),
            List.of(aTest("PriceTest", "rounds <b>half</b> \"up\"").guarding("PRICE").build(),
                    aTest("SeatsIT", "flaky").guarding("OVERSELL").quarantined().build()));

    @Test
    void escapesWhatTestNamesContain() {
        String html = RiskMapHtml.render(map);

        assertThat(html).contains("rounds &lt;b&gt;half&lt;/b&gt; &quot;up&quot;").doesNotContain("<b>half</b>");
    }

    @Test
    void needsNoScriptAndNoExternalAsset() {
        String html = RiskMapHtml.render(map);

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http://").doesNotContain("https://")
                .contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    }

    @Test
    void showsAQuarantinedGuardInItsOwnColourWithItsReason() {
        assertThat(RiskMapHtml.render(map))
                .contains("<li class=\"group quarantined\"><span class=\"t\">SeatsIT</span>")
                .contains("<li class=\"test quarantined\"><span class=\"t\">flaky</span>")
                .contains("quarantined since 2026-12-01: flaky on a slow machine");
    }

    @Test
    void linksEveryGapFromTheTop() {
        assertThat(RiskMapHtml.render(map)).contains("<p class=\"gaps\">gaps: <a href=\"#risk-OVERSELL\">OVERSELL</a> </p>")
                .contains("<tr class=\"risk\" id=\"risk-OVERSELL\">");
    }

    @Test
    void writesDurationsInMillisecondsOrSeconds() {
        assertThat(RiskMapHtml.duration(999)).isEqualTo("999 ms");
        assertThat(RiskMapHtml.duration(61_250)).isEqualTo("61.3 s");
    }
}
