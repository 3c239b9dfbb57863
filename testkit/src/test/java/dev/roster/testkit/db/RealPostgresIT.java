package dev.roster.testkit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RealPostgresIT {

    @Test
    void givesEachTestJvmARealPostgreSql() throws SQLException {
        try (Connection c = RealPostgres.shared().database().dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT version()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
        }
    }

    @Test
    void createsSeparateEmptyDatabasesOnRequest() throws SQLException {
        var first = RealPostgres.shared().createDatabase("roster_kit");
        var second = RealPostgres.shared().createDatabase("roster_kit");
        try (Connection c = first.dataSource().getConnection()) {
            c.createStatement().execute("CREATE TABLE only_in_first (id int)");
        }
        assertThat(first.name()).isNotEqualTo(second.name());
        assertThat(tableCount(second)).isZero();
        assertThat(tableCount(first)).isEqualTo(1);
    }

    @Test
    void truncatesEveryTableButTheMigrationHistory() throws SQLException {
        var db = RealPostgres.shared().createDatabase("roster_kit");
        try (Connection c = db.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE parent (id int PRIMARY KEY)");
            s.execute("CREATE TABLE child (parent_id int REFERENCES parent(id))");
            s.execute("CREATE TABLE flyway_schema_history (version text)");
            s.execute("INSERT INTO parent VALUES (1)");
            s.execute("INSERT INTO child VALUES (1)");
            s.execute("INSERT INTO flyway_schema_history VALUES ('1')");
        }

        db.truncateAllTables();

        assertThat(rowCount(db, "parent")).isZero();
        assertThat(rowCount(db, "child")).isZero();
        assertThat(rowCount(db, "flyway_schema_history")).isEqualTo(1);
    }

    @Test
    void explainsHowToFixAnUnreachableServer() {
        assertThatThrownBy(() -> RealPostgres.start("jdbc:postgresql://127.0.0.1:1/postgres?user=nobody&connectTimeout=2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(RealPostgres.URL_VARIABLE)
                .hasMessageContaining("cannot be reached");
    }

    private static int tableCount(RealPostgres.Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             var rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int rowCount(RealPostgres.Database db, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
