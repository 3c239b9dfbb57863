package dev.roster.defaults.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where its data lives; kept across restarts. Each service names its own in its
 *                      {@code application.yml}, so two services on one machine never share one
 * @param port          its port; 0 picks a free one at each start
 */
@ConfigurationProperties("roster.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue(".roster/database") Path dataDirectory,
        @DefaultValue("0") int port) {
}
