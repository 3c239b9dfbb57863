package dev.roster.testkit.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows as they were written at some schema version, to compare with what later migrations leave: every
 * column a row had then must still hold its value; columns added since are not compared. Each service's
 * migration test seeds its tables at the version that introduced them and remembers them here.
 */
public final class SeededRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    /** table → row key → column → value, as {@code to_jsonb} renders the row. */
    private final Map<String, Map<String, Map<String, Object>>> seeded = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();

    public SeededRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Remembers the table's rows not remembered yet, as they are now.
     *
     * @param key an SQL expression over the row (alias {@code t}) that tells its rows apart
     */
    public void remember(String table, String key) {
        keys.put(table, key);
        Map<String, Map<String, Object>> rows = seeded.computeIfAbsent(table, t -> new LinkedHashMap<>());
        read(table, key).forEach(rows::putIfAbsent);
    }

    /** How many rows are remembered, so a test can tell its seeding did what it meant. */
    public int count() {
        return seeded.values().stream().mapToInt(Map::size).sum();
    }

    /** Fails, naming table, row and column, when a row is gone or a column it had holds another value. */
    public void assertKept() {
        seeded.forEach((table, before) -> {
            Map<String, Map<String, Object>> after = read(table, keys.get(table));
            before.forEach((key, columns) -> {
                assertTrue(after.containsKey(key), () -> table + " row " + key + " is gone");
                columns.forEach((column, value) -> assertEquals(value, after.get(key).get(column),
                        () -> table + " row " + key + " column " + column));
            });
        });
    }

    private Map<String, Map<String, Object>> read(String table, String key) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        String sql = "SELECT (" + key + ")::text AS k, to_jsonb(t)::text AS row FROM " + table + " t ORDER BY 1";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                byKey.put(rows.getString("k"), JSON.readValue(rows.getString("row"),
                        new TypeReference<Map<String, Object>>() {
                        }));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table + ": " + e.getMessage(), e);
        }
        return byKey;
    }
}
