package dev.roster.testkit.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL for tests, one per test JVM.
 *
 * <p>When the environment variable {@value #URL_VARIABLE} names a server (a JDBC URL with
 * {@code user} and {@code password} parameters, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), a fresh, randomly named
 * database is created there for this run and dropped when the JVM exits. Otherwise an embedded
 * PostgreSQL (zonky, the major version pinned in the parent POM) is started once and stopped when
 * the JVM exits. Either way tests get the same thing: an empty database of their own.
 *
 * <p>Tests never share rows: each test cleans the tables it uses with {@link #truncateAllTables}
 * before it runs, or works only with rows it created.
 */
public final class RealPostgres {

    public static final String URL_VARIABLE = "ROSTER_TEST_DATABASE_URL";

    private static final Logger log = LoggerFactory.getLogger(RealPostgres.class);
    private static RealPostgres shared;

    private final PGSimpleDataSource server;
    private final EmbeddedPostgres embedded;
    private final List<String> createdDatabases = new ArrayList<>();
    private final Database database;

    private RealPostgres(PGSimpleDataSource server, EmbeddedPostgres embedded) {
        this.server = server;
        this.embedded = embedded;
        this.database = createDatabase("roster_test");
    }

    /** The one PostgreSQL of this test JVM, started or connected on first use. */
    public static synchronized RealPostgres shared() {
        if (shared == null) {
            shared = start(System.getenv(URL_VARIABLE));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "real-postgres-shutdown"));
        }
        return shared;
    }

    static RealPostgres start(String serverUrl) {
        if (serverUrl != null && !serverUrl.isBlank()) {
            PGSimpleDataSource server = new PGSimpleDataSource();
            server.setURL(serverUrl);
            checkReachable(server, serverUrl);
            log.info("Tests use the PostgreSQL server named by {}: {}:{}", URL_VARIABLE,
                    server.getServerNames()[0], server.getPortNumbers()[0]);
            return new RealPostgres(server, null);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            PGSimpleDataSource server = new PGSimpleDataSource();
            server.setURL(embedded.getJdbcUrl("postgres", "postgres"));
            log.info("Tests use an embedded PostgreSQL on port {} ({} is not set)", embedded.getPort(), URL_VARIABLE);
            return new RealPostgres(server, embedded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests; "
                    + "set " + URL_VARIABLE + " to use an existing server instead", e);
        }
    }

    private static void checkReachable(PGSimpleDataSource server, String url) {
        try (Connection ignored = server.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException(URL_VARIABLE + " is set to " + url
                    + " but that PostgreSQL cannot be reached: " + e.getMessage()
                    + ". Start the server, fix the URL, or unset the variable to use an embedded PostgreSQL.", e);
        }
    }

    /** The database of this test JVM. */
    public Database database() {
        return database;
    }

    /**
     * Another empty database on the same server, for tests that must start from nothing (a
     * migration applied to an empty database, say). Dropped when the JVM exits.
     */
    public synchronized Database createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "")).toLowerCase(Locale.ROOT);
        execute(server, "CREATE DATABASE " + name);
        createdDatabases.add(name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.getURL());
        dataSource.setUser(server.getUser());
        dataSource.setPassword(server.getPassword());
        dataSource.setDatabaseName(name);
        return new Database(name, dataSource);
    }

    private synchronized void close() {
        for (String name : createdDatabases) {
            try {
                // refuse new connections first: a pool still open in this JVM would otherwise
                // reconnect between FORCE terminating its sessions and the drop
                execute(server, "ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false");
                execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException e) {
                // logging may already be shut down by now
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }
        createdDatabases.clear();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                log.warn("could not stop the embedded PostgreSQL: {}", e.getMessage());
            }
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * One database on the test server.
     *
     * @param name       its name
     * @param dataSource a plain, unpooled data source for it
     */
    public record Database(String name, PGSimpleDataSource dataSource) {

        public String jdbcUrl() {
            return dataSource.getURL();
        }

        public String username() {
            return dataSource.getUser();
        }

        public String password() {
            return dataSource.getPassword() == null ? "" : dataSource.getPassword();
        }

        /** Applies the Flyway migrations found at the given locations, e.g. {@code classpath:db/migration}. */
        public Database migrate(String... locations) {
            Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
            return this;
        }

        /**
         * Empties every table of the public schema but Flyway's history, so a test starts from a
         * known state whatever ran before it.
         */
        public void truncateAllTables() {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                var tables = new ArrayList<String>();
                try (var rs = statement.executeQuery("""
                        SELECT quote_ident(tablename) FROM pg_tables
                        WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'""")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                if (!tables.isEmpty()) {
                    statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not empty the tables of " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
