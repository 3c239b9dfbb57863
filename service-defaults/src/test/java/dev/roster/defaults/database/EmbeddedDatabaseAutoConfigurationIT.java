package dev.roster.defaults.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service with no database URL gets a real PostgreSQL of its own, its data in the configured folder;
 * Spring Boot's data source configuration then makes none of its own.
 */
class EmbeddedDatabaseAutoConfigurationIT {

    @TempDir
    Path dataDirectory;

    @Test
    void startsAnEmbeddedPostgresWithItsDataInTheConfiguredFolderWhenNoUrlIsSet() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                        DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=",
                        "roster.embedded-database.data-directory=" + dataDirectory)
                .run(context -> {
                    assertThat(context).hasSingleBean(EmbeddedPostgres.class).hasSingleBean(DataSource.class);
                    String version = JdbcClient.create(context.getBean(DataSource.class))
                            .sql("SHOW server_version").query(String.class).single();
                    assertThat(version).startsWith("17.");
                    assertThat(dataDirectory.resolve("PG_VERSION")).exists();
                });
    }
}
