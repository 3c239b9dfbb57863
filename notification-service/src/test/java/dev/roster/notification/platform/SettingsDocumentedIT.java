package dev.roster.notification.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.docs.SettingsTable;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * docs/configuration.md lists every setting of notification-service's generated configuration metadata
 * (built from the {@code @ConfigurationProperties} records by the configuration processor), with its
 * environment variable and default, and each of those environment variables really reaches its setting.
 */
class SettingsDocumentedIT {

    static final Path TABLE = Path.of("../docs/configuration.md");
    static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

    @Test
    void theConfigurationTableListsEverySettingWithItsVariableAndDefault() {
        assertThat(SettingsTable.problems(TABLE, METADATA)).isEmpty();
    }

    @Test
    void eachDocumentedVariableSetsItsSetting() {
        SettingsTable.generatedNames(METADATA).forEach(property -> {
            MutablePropertySources sources = new MutablePropertySources();
            sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    Map.of(SettingsTable.environmentVariable(property), "x")));
            ConfigurationPropertySource source = ConfigurationPropertySources.from(sources).iterator().next();
            assertThat(source.getConfigurationProperty(ConfigurationPropertyName.of(property)))
                    .as(SettingsTable.environmentVariable(property) + " sets " + property).isNotNull();
        });
    }
}
