package dev.roster.enrollment.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows as they were written at some schema version, to compare with what later migrations leave: every
 * column a row had then must still hold its value (columns added since are not compared).
 */
final class SeededRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    /** table → row key → column → value, as {@code to_jsonb} renders the row. */
    private final Map<String, Map<String, Map<String, Object>>> seeded = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();

    SeededRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the table's rows not remembered yet, as they are now; {@code key} is an SQL expression. */
    void remember(String table, String key) {
        keys.put(table, key);
        Map<String, Map<String, Object>> rows = seeded.computeIfAbsent(table, t -> new LinkedHashMap<>());
        read(table, key).forEach(rows::putIfAbsent);
    }

    int count() {
        return seeded.values().stream().mapToInt(Map::size).sum();
    }

    /** Fails, naming table, row and column, when a row is gone or a column it had holds another value. */
    void assertKept() {
        seeded.forEach((table, before) -> {
            Map<String, Map<String, Object>> after = read(table, keys.get(table));
            before.forEach((key, columns) -> {
                assertThat(after).as("%s row %s", table, key).containsKey(key);
                columns.forEach((column, value) -> assertThat(after.get(key).get(column))
                        .as("%s row %s column %s", table, key, column).isEqualTo(value));
            });
        });
    }

    private Map<String, Map<String, Object>> read(String table, String key) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT (" + key + ")::text AS k, to_jsonb(t)::text AS row FROM "
                        + table + " t ORDER BY 1")
                .query((rs, n) -> Map.<String, Object>of("k", rs.getString("k"), "row", rs.getString("row"))).list();
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put((String) row.get("k"),
                JSON.readValue((String) row.get("row"), new TypeReference<Map<String, Object>>() {
                })));
        return byKey;
    }
}
