package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.Risk;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The map as one static HTML page: no script, no external asset, only an inline style sheet, so it
 * opens from the file system and under a strict Content-Security-Policy.
 */
public final class RiskMapHtml {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d232a;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}
            .summary{font-size:15px;margin:0 0 12px}.summary b{font-size:17px}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}
            th{background:#f3f5f7}table.levels{width:auto}table.levels td.n{text-align:right}
            .name{font-weight:600;font-family:ui-monospace,monospace;font-size:13px}.desc{color:#57606a}
            .verdict{display:inline-block;padding:2px 8px;border-radius:10px;font-weight:700;font-size:12px;white-space:nowrap}
            .v-ok{background:#dafbe1;color:#116329}.v-proven{background:#116329;color:#fff}
            .v-gap{background:#ffebe9;color:#a40e26}.v-failing{background:#a40e26;color:#fff}.v-unknown{background:#6e4600;color:#fff}
            .problems{margin:6px 0 0;padding-left:16px;color:#a40e26;font-size:12px}
            ul.tests{margin:0;padding:0;list-style:none}ul.tests li{margin:0 0 3px;padding:1px 6px;border-left:4px solid #2da44e}
            li.failed{border-color:#cf222e;background:#ffebe9}li.other{border-color:#bf8700}
            li.quarantined{border-color:#8250df;background:#fbefff}li.outer{border-color:#afb8c1;color:#57606a}
            .t{font-family:ui-monospace,monospace;font-size:12px;word-break:break-word}.meta{color:#57606a;font-size:11px}
            .none{color:#8c959f}.legend span{margin-right:14px}
            """;

    private RiskMapHtml() {
    }

    public static String render(RiskMap map) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
                <title>Roster risk map</title>
                """).append("<style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>Roster risk map</h1>\n<p class=\"summary\" id=\"summary\">")
                .append("<b>%d</b> risks · <b>%d</b> guarded · <b>%d</b> proven · <b>%d</b> quarantined tests · <b>%d</b> gaps"
                        .formatted(map.registeredRisks(), map.guardedRisks(), map.provenRisks(),
                                map.quarantinedTests(), map.gaps().size()))
                .append("</p>\n");
        levels(html, map);
        html.append("""
                <h2>Risks</h2>
                <p class="legend"><span>guard lines:</span><span style="border-left:4px solid #2da44e;padding-left:4px">passed at the boundary</span>\
                <span style="border-left:4px solid #afb8c1;padding-left:4px">outer level (shown, does not count)</span>\
                <span style="border-left:4px solid #8250df;padding-left:4px">quarantined (never counts)</span>\
                <span style="border-left:4px solid #cf222e;padding-left:4px">failed</span>\
                <span style="border-left:4px solid #bf8700;padding-left:4px">skipped or aborted</span></p>
                <table class="risks"><thead><tr><th>Risk</th><th>Boundary</th><th>Kinds</th><th>Verdict</th>\
                <th>Guards</th><th>Broken-variant proofs</th></tr></thead><tbody>
                """);
        map.risks().forEach(entry -> risk(html, entry));
        return html.append("</tbody></table>\n</body></html>\n").toString();
    }

    private static void levels(StringBuilder html, RiskMap map) {
        html.append("<h2>Cost per level</h2>\n<table class=\"levels\"><thead><tr><th>Level</th><th>Tests</th>")
                .append("<th>Total time</th></tr></thead><tbody>\n");
        map.levelsInOrder().forEach((level, cost) -> html.append("<tr class=\"level\"><td>")
                .append(level.name().toLowerCase().replace('_', '-')).append("</td><td class=\"n\">")
                .append(cost.tests()).append("</td><td class=\"n\">").append(duration(cost.totalMs()))
                .append("</td></tr>\n"));
        html.append("</tbody></table>\n");
    }

    private static void risk(StringBuilder html, RiskEntry entry) {
        html.append("<tr class=\"risk\" id=\"risk-").append(escape(entry.name())).append("\"><td><div class=\"name\">")
                .append(escape(entry.name())).append("</div><div class=\"desc\">").append(escape(entry.description()))
                .append("</div></td><td>").append(entry.boundary() == null ? "?" : entry.boundary().name())
                .append("</td><td>").append(kinds(entry)).append("</td><td><span class=\"verdict ")
                .append(verdictClass(entry.verdict())).append("\">").append(entry.verdict().label()).append("</span>");
        if (!entry.problems().isEmpty()) {
            html.append("<ul class=\"problems\">");
            entry.problems().forEach(p -> html.append("<li>").append(escape(p)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</td><td>");
        tests(html, entry.guards(), entry, true);
        html.append("</td><td>");
        tests(html, entry.proofs(), entry, false);
        html.append("</td></tr>\n");
    }

    private static void tests(StringBuilder html, List<RecordedTest> tests, RiskEntry entry, boolean guards) {
        if (tests.isEmpty()) {
            html.append("<span class=\"none\">none</span>");
            return;
        }
        html.append("<ul class=\"tests\">");
        for (RecordedTest test : tests) {
            html.append("<li class=\"test ").append(testClass(test, !guards || entry.atBoundary(test)))
                    .append("\"><span class=\"t\">").append(escape(test.simpleClassName())).append('.')
                    .append(escape(test.testName())).append("</span><br><span class=\"meta\">")
                    .append(test.level().name().toLowerCase()).append(" · ").append(escape(test.module()))
                    .append(" · ").append(escape(test.outcome())).append(" · ").append(duration(test.durationMs()));
            if (test.quarantined()) {
                html.append(" · quarantined since ").append(escape(test.quarantinedSince())).append(": ")
                        .append(escape(test.quarantineReason()));
            }
            html.append("</span></li>");
        }
        html.append("</ul>");
    }

    private static String testClass(RecordedTest test, boolean atBoundary) {
        if (test.quarantined()) {
            return "quarantined";
        }
        if (test.failed()) {
            return "failed";
        }
        if (!test.passed()) {
            return "other";
        }
        return atBoundary ? "passed" : "outer";
    }

    private static String kinds(RiskEntry entry) {
        return entry.kinds().isEmpty() ? "<span class=\"none\">—</span>"
                : entry.kinds().stream().map(Risk.Kind::name).sorted().map(String::toLowerCase)
                        .collect(Collectors.joining(", "));
    }

    private static String verdictClass(Verdict verdict) {
        return switch (verdict) {
            case GUARDED -> "v-ok";
            case GUARDED_AND_PROVEN -> "v-proven";
            case FAILING -> "v-failing";
            case UNKNOWN_RISK -> "v-unknown";
            case MISSING_GUARD_AT_BOUNDARY, MISSING_PROOF -> "v-gap";
        };
    }

    static String duration(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
