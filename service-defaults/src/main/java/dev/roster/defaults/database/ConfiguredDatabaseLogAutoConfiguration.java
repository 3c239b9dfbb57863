package dev.roster.defaults.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers {@link ConfiguredDatabaseLog}: the counterpart of the embedded database's own start-up line. */
@AutoConfiguration
public final class ConfiguredDatabaseLogAutoConfiguration {

    @Bean
    ConfiguredDatabaseLog configuredDatabaseLog(@Value("${spring.datasource.url:}") String url) {
        return new ConfiguredDatabaseLog(url);
    }
}
