package dev.roster.defaults.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link DatabaseNotConfiguredException} into Spring Boot's start-up failure report: what is missing and
 * what to set, without a stack trace. Registered in {@code META-INF/spring.factories}, where Spring Boot looks for
 * failure analyzers.
 */
public final class DatabaseNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
        return new FailureAnalysis(
                cause.service() + " has no database to use: spring.datasource.url is not set, and this jar carries no "
                        + "embedded PostgreSQL (only the local run's jar, *-local.jar started by ./roster run, does).",
                "Set SPRING_DATASOURCE_URL to the service's PostgreSQL database (for example "
                        + "jdbc:postgresql://db.example:5432/roster), and SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD to the account it connects with.",
                cause);
    }
}
