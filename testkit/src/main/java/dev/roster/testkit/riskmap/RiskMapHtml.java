package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.Risk;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
            th{background:#f3f5f7}table.levels{width:auto}table.levels td.n{text-align:right}
            .name{font-weight:600;font-family:ui-monospace,monospace;font-size:13px}.desc{color:#57606a}
            .verdict{display:inline-block;padding:2px 8px;border-radius:10px;font-weight:700;font-size:12px}
            .v-ok{background:#dafbe1;color:#116329}.v-proven{background:#116329;color:#fff}
            .v-gap{background:#ffebe9;color:#a40e26}.v-failing{background:#a40e26;color:#fff}.v-unknown{background:#6e4600;color:#fff}
            .problems{margin:6px 0 0;padding-left:16px;color:#a40e26;font-size:12px}
            table.risks{table-layout:fixed}th.c-risk{width:19%}th.c-boundary{width:8%}th.c-kinds{width:7%}
            th.c-verdict{width:11%}th.c-proofs{width:18%}th.c-incidents{width:12%}
            ul.incidents{margin:0;padding-left:14px;font-size:12px}
            ul.tests,ul.cases{margin:0;padding:0;list-style:none}ul.tests>li{margin:0 0 4px;padding:1px 6px;border-left:4px solid #2da44e}
            ul.cases li{margin:1px 0;padding:0 4px;border-left:3px solid #2da44e}
            details{margin:1px 0 0}summary{cursor:pointer;color:#57606a;font-size:11px}
            li.failed{border-color:#cf222e!important;background:#ffebe9}li.other{border-color:#bf8700!important}
            li.quarantined{border-color:#8250df!important;background:#fbefff}li.outer{border-color:#afb8c1!important;color:#57606a}
            .gaps a{color:#a40e26;margin-right:10px;font-family:ui-monospace,monospace;font-size:12px}
            .t{font-family:ui-monospace,monospace;font-size:12px;word-break:break-word}.meta{color:#57606a;font-size:11px}
            .none{color:#8c959f}.legend span{margin-right:14px}
            """;

    private RiskMapHtml() {
    }

    public static String render(RiskMap map) {
        return render(map, Incidents.none());
    }

    public static String render(RiskMap map, Incidents incidents) {
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
        if (!map.gaps().isEmpty()) {
            html.append("<p class=\"gaps\">gaps: ");
            map.gaps().forEach(e -> html.append("<a href=\"#risk-").append(escape(e.name())).append("\">")
                    .append(escape(e.name())).append("</a> "));
            html.append("</p>\n");
        }
        levels(html, map);
        html.append("""
                <h2>Risks</h2>
                <p class="legend"><span>guard lines:</span><span style="border-left:4px solid #2da44e;padding-left:4px">passed at the boundary</span>\
                <span style="border-left:4px solid #afb8c1;padding-left:4px">outer level (shown, does not count)</span>\
                <span style="border-left:4px solid #8250df;padding-left:4px">quarantined (never counts)</span>\
                <span style="border-left:4px solid #cf222e;padding-left:4px">failed</span>\
                <span style="border-left:4px solid #bf8700;padding-left:4px">skipped or aborted</span></p>
                <table class="risks"><thead><tr><th class="c-risk">Risk</th><th class="c-boundary">Boundary</th>\
                <th class="c-kinds">Kinds</th><th class="c-verdict">Verdict</th><th>Guards</th>\
                <th class="c-proofs">Broken-variant proofs</th><th class="c-incidents">Incidents</th></tr></thead><tbody>
                """);
        map.risks().forEach(entry -> risk(html, entry, incidents.of(entry.name())));
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

    private static void risk(StringBuilder html, RiskEntry entry, List<Incidents.Incident> incidents) {
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
        html.append("</td><td>");
        if (incidents.isEmpty()) {
            html.append("<span class=\"none\">none</span>");
        } else {
            html.append("<ul class=\"incidents\">");
            incidents.forEach(i -> html.append("<li><span class=\"t\">").append(escape(i.id()))
                    .append("</span> ").append(escape(i.title())).append("</li>"));
            html.append("</ul>");
        }
        html.append("</td></tr>\n");
    }

    /** One line per test class (its worst state, count and time), its tests folded beneath it. */
    private static void tests(StringBuilder html, List<RecordedTest> tests, RiskEntry entry, boolean guards) {
        if (tests.isEmpty()) {
            html.append("<span class=\"none\">none</span>");
            return;
        }
        Map<String, List<RecordedTest>> byClass = tests.stream().collect(Collectors.groupingBy(
                t -> t.module() + " " + t.testClass(), LinkedHashMap::new, Collectors.toList()));
        html.append("<ul class=\"tests\">");
        byClass.values().forEach(group -> {
            RecordedTest first = group.getFirst();
            String state = group.stream().map(t -> state(t, !guards || entry.atBoundary(t)))
                    .min(Comparator.comparingInt(STATES::indexOf)).orElseThrow();
            html.append("<li class=\"group ").append(state).append("\"><span class=\"t\">")
                    .append(escape(first.simpleClassName())).append("</span> <span class=\"meta\">")
                    .append(first.level().name().toLowerCase().replace('_', '-')).append(" · ")
                    .append(escape(first.module())).append(" · ").append(group.size())
                    .append(group.size() == 1 ? " test · " : " tests · ")
                    .append(duration(group.stream().mapToLong(RecordedTest::durationMs).sum())).append("</span>")
                    // folded unless there is something to look at
                    .append(group.size() == 1 || !state.equals("passed") && !state.equals("outer")
                            ? "<details open>" : "<details>")
                    .append("<summary>").append(group.size() == 1 ? "the test" : "its " + group.size() + " tests")
                    .append("</summary><ul class=\"cases\">");
            group.forEach(t -> testCase(html, t, state(t, !guards || entry.atBoundary(t))));
            html.append("</ul></details></li>");
        });
        html.append("</ul>");
    }

    private static void testCase(StringBuilder html, RecordedTest test, String state) {
        html.append("<li class=\"test ").append(state).append("\"><span class=\"t\">")
                .append(escape(test.testName())).append("</span> <span class=\"meta\">")
                .append(escape(test.outcome())).append(" · ").append(duration(test.durationMs()));
        if (test.quarantined()) {
            html.append(" · quarantined since ").append(escape(test.quarantinedSince())).append(": ")
                    .append(escape(test.quarantineReason()));
        }
        html.append("</span></li>");
    }

    /** Worst first: a group of tests shows the worst state among them. */
    private static final List<String> STATES = List.of("failed", "quarantined", "other", "outer", "passed");

    private static String state(RecordedTest test, boolean atBoundary) {
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
