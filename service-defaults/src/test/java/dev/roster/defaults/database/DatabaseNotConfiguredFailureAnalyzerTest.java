package dev.roster.defaults.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A production jar without a database URL reports what to set, once, in words an operator can act on. */
class DatabaseNotConfiguredFailureAnalyzerTest {

    private final DatabaseNotConfiguredFailureAnalyzer analyzer = new DatabaseNotConfiguredFailureAnalyzer();

    @Test
    void namesTheServiceAndEverySettingToSet() {
        FailureAnalysis analysis = analyzer.analyze(new DatabaseNotConfiguredException("notification-service"));

        assertThat(analysis.getDescription()).contains("notification-service", "spring.datasource.url", "-local.jar");
        assertThat(analysis.getAction())
                .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void findsTheFailureBehindTheBeansThatNeededTheDatabase() {
        var failure = new IllegalStateException("Error creating bean with name 'flyway'",
                new IllegalStateException("Error creating bean with name 'dataSource'",
                        new DatabaseNotConfiguredException("enrollment-service")));

        assertThat(analyzer.analyze(failure)).isNotNull()
                .satisfies(analysis -> assertThat(analysis.getDescription()).startsWith("enrollment-service has no"));
    }

    @Test
    void leavesOtherFailuresToTheirOwnAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("Connection refused"))).isNull();
    }
}
