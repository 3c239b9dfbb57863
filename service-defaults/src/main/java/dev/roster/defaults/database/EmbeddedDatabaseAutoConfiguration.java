package dev.roster.defaults.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}), a service starts a real
 * PostgreSQL of its own (zonky's embedded binaries, the major version pinned in the build) whose data
 * directory survives restarts. With a URL, this configuration steps aside and Spring Boot connects to that
 * server. Runs before Spring Boot's {@link DataSourceAutoConfiguration}, which then finds a data source and
 * makes none of its own.
 *
 * <p>Only where zonky's classes are: the local run's jar ({@code *-local.jar}) and the tests. The production
 * jar ({@code *-exec.jar}) leaves them out, and there {@link RequiredDatabaseUrlAutoConfiguration} refuses
 * to start without a URL instead.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(NoDatabaseUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public final class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties,
                                      @Value("${spring.application.name:this service}") String service)
            throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL with data in " + dataDirectory
                    + " (" + e.getMessage() + "). Is another " + service + " running on the same data directory? "
                    + "Stop it, set roster.embedded-database.data-directory to another folder, or set "
                    + "SPRING_DATASOURCE_URL.", e);
        }
        log.info("Database: embedded PostgreSQL at {} with data in {} (set SPRING_DATASOURCE_URL to use another server)",
                postgres.getJdbcUrl("postgres", "postgres"), dataDirectory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
