package dev.roster.enrollment.purchase.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SQL of a pgbench script, read by the rules written at the top of
 * {@code src/test/resources/bench/purchase.pgbench}, and SQL made comparable between such a script
 * ({@code :name} variables) and what a JDBC driver was given ({@code ?} placeholders).
 */
final class PgbenchScript {

    /** A statement naming one of these is the benchmark's own (it picks values) and is not the service's. */
    static final String BENCHMARK_OWN = "bench_";

    private static final Pattern ENDS_WITH_GSET = Pattern.compile("\\\\[ga]set(\\s+\\w+)?\\s*$");
    /** {@code :name}, but not the {@code ::} of a cast. */
    private static final Pattern VARIABLE = Pattern.compile("(?<![:\\w]):[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_AROUND_PUNCTUATION = Pattern.compile("\\s*([(),=<>])\\s*");

    private PgbenchScript() {
    }

    /** The script's SQL statements in order, the benchmark's own left out, each as {@link #normalised}. */
    static List<String> serviceStatements(String script) {
        return statements(script).stream()
                .filter(sql -> !sql.toLowerCase(Locale.ROOT).contains(BENCHMARK_OWN))
                .map(PgbenchScript::normalised)
                .toList();
    }

    /** Every SQL statement of the script in order, as written (comments and meta-commands left out). */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("\\")) {
                continue;
            }
            var gset = ENDS_WITH_GSET.matcher(trimmed);
            boolean setsVariables = gset.find();
            boolean ends = setsVariables || trimmed.endsWith(";");
            String sql = setsVariables ? trimmed.substring(0, gset.start()).strip() : trimmed;
            current.append(sql).append('\n');
            if (ends) {
                statements.add(current.toString().strip().replaceFirst(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            throw new IllegalArgumentException("the script ends inside a statement: " + current);
        }
        return statements;
    }

    /**
     * One spelling for one statement: parameters as {@code ?}, whitespace collapsed and dropped around
     * punctuation, no trailing semicolon, lower case outside string literals (keywords and unquoted
     * identifiers are case-blind; a literal such as {@code 'IN_PROGRESS'} is compared as written).
     */
    static String normalised(String sql) {
        String parameters = VARIABLE.matcher(sql).replaceAll("?");
        String spaced = SPACE.matcher(parameters.strip()).replaceAll(" ");
        String tight = SPACE_AROUND_PUNCTUATION.matcher(spaced).replaceAll("$1");
        String[] parts = tight.replaceFirst(";$", "").split("'", -1);
        for (int i = 0; i < parts.length; i += 2) {
            parts[i] = parts[i].toLowerCase(Locale.ROOT);
        }
        return String.join("'", parts);
    }
}
