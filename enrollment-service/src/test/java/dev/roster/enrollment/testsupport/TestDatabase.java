package dev.roster.enrollment.testsupport;

import dev.roster.testkit.db.RealPostgres;

/** The test JVM's real PostgreSQL with this service's migrations applied. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static final String MIGRATIONS = "classpath:db/migration";

    /** Migrated and emptied: a test calls this first and owns every row it then sees. */
    public static RealPostgres.Database emptied() {
        RealPostgres.Database database = RealPostgres.shared().database().migrate(MIGRATIONS);
        database.truncateAllTables();
        return database;
    }
}
