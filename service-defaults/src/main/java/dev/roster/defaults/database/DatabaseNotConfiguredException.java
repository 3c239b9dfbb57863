package dev.roster.defaults.database;

/**
 * A service outside the local run was started without a database URL. Reported by
 * {@link DatabaseNotConfiguredFailureAnalyzer} as one message naming what to set.
 */
public final class DatabaseNotConfiguredException extends RuntimeException {

    private final String service;

    public DatabaseNotConfiguredException(String service) {
        super(service + " has no database: spring.datasource.url (SPRING_DATASOURCE_URL) is not set");
        this.service = service;
    }

    public String service() {
        return service;
    }
}
