package dev.roster.testkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds {@code docs/configuration.md} to the settings a service really has: every property in the
 * service's generated {@code META-INF/spring-configuration-metadata.json} (from its
 * {@code @ConfigurationProperties} records) must have a row {@code | `name` | `ENV_NAME` | `default` | meaning |}
 * with the environment variable Spring Boot maps to it and the default the record declares. So the table
 * cannot drift from the code: a new setting, a renamed one or a changed default fails the check, naming it.
 */
public final class SettingsTable {

    /** A table row: the property in backticks, then the environment variable and the default, each in backticks. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9.\\-\\[\\]]+)`\\s*\\|\\s*`([A-Z0-9_]+)`\\s*\\|"
            + "\\s*([^|]*?)\\s*\\|");

    private SettingsTable() {
    }

    /** One documented setting: its environment variable and its default as written in the table. */
    public record Row(String environmentVariable, String defaultValue) {
    }

    /** The problems with the table for these metadata, one line each; empty when it documents every setting. */
    public static List<String> problems(Path markdown, Path metadata) {
        Map<String, Row> documented = documented(markdown);
        List<String> problems = new ArrayList<>();
        generated(metadata).forEach((property, defaultValue) -> {
            Row row = documented.get(property);
            if (row == null) {
                problems.add(property + " is not in the table of " + markdown);
                return;
            }
            String variable = environmentVariable(property);
            if (!row.environmentVariable().equals(variable)) {
                problems.add(property + ": the environment variable is " + variable + ", the table says "
                        + row.environmentVariable());
            }
            if (!row.defaultValue().equals(defaultValue)) {
                problems.add(property + ": the default is " + defaultValue + ", the table says " + row.defaultValue());
            }
        });
        return problems;
    }

    /** Spring Boot's relaxed binding reads {@code roster.outbox.poll-interval} from {@code ROSTER_OUTBOX_POLL_INTERVAL}. */
    public static String environmentVariable(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** The names of the settings in these metadata. */
    public static List<String> generatedNames(Path metadata) {
        return List.copyOf(generated(metadata).keySet());
    }

    static Map<String, Row> documented(Path markdown) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : read(markdown).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.put(row.group(1), new Row(row.group(2), row.group(3)));
            }
        }
        return rows;
    }

    /** Each property's name and its default as the table writes it: in backticks, {@code `""`} for empty, none for none. */
    static Map<String, String> generated(Path metadata) {
        JsonNode root = JsonMapper.builder().build().readTree(read(metadata));
        Map<String, String> properties = new LinkedHashMap<>();
        for (JsonNode property : root.path("properties")) {
            properties.put(property.path("name").asString(), cell(property.get("defaultValue")));
        }
        return properties;
    }

    private static String cell(JsonNode defaultValue) {
        if (defaultValue == null || defaultValue.isNull()) {
            return "none";
        }
        String text = defaultValue.isArray()
                ? defaultValue.valueStream().map(JsonNode::asString).collect(Collectors.joining(","))
                : defaultValue.asString();
        return text.isEmpty() ? "`\"\"`" : "`" + text + "`";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
