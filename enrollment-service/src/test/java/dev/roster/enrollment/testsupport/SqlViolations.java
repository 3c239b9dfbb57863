package dev.roster.enrollment.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

/** What PostgreSQL refused, read from the SQLException underneath whatever wraps it. */
public final class SqlViolations {

    public static final String CHECK_VIOLATION = "23514";
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlViolations() {
    }

    public static void assertViolation(Throwable thrown, String sqlState, String constraint) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an SQLException underneath %s", thrown).isNotNull();
        assertThat(((SQLException) cause).getSQLState()).isEqualTo(sqlState);
        assertThat(cause.getMessage()).contains(constraint);
    }
}
