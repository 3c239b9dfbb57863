package dev.roster.testkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusSamplesTest {

    private static final String EXPOSITION = """
            # HELP roster_purchases_total Purchase requests by how they ended
            # TYPE roster_purchases_total counter
            roster_purchases_total{outcome="confirmed"} 3.0
            roster_purchases_total{outcome="declined"} 0.0

            roster_outbox_backlog 7.0
            http_server_requests_seconds_bucket{method="GET",status="200",uri="/a,\\"b\\"",le="0.8"} 2 1700000000000
            """;

    private final PrometheusSamples samples = PrometheusSamples.parse(EXPOSITION);

    @Test
    void readsTheValueOfASeriesNamedAsADashboardNamesIt() {
        assertThat(samples.value("roster_purchases_total{outcome=\"confirmed\"}")).contains(3.0);
        assertThat(samples.value("roster_purchases_total{outcome=\"declined\"}")).contains(0.0);
        assertThat(samples.value("roster_outbox_backlog")).contains(7.0);
    }

    @Test
    void findsNoValueForASeriesTheScrapeLacks() {
        assertThat(samples.value("roster_purchases_total{outcome=\"pending\"}")).isEmpty();
        assertThat(samples.value("roster_purchases_total")).as("the labels are part of the series").isEmpty();
    }

    @Test
    void matchesLabelsInAnyOrderWithEscapedQuotesAndCommasInValues() {
        assertThat(samples.value("http_server_requests_seconds_bucket{le=\"0.8\",uri=\"/a,\\\"b\\\"\","
                + "status=\"200\",method=\"GET\"}")).contains(2.0);
        assertThat(samples.hasSeries("http_server_requests_seconds_bucket", Map.of("le", "0.8", "uri", "/a,\"b\"")))
                .isTrue();
        assertThat(samples.hasSeries("http_server_requests_seconds_bucket", Map.of("le", "0.5"))).isFalse();
        assertThat(samples.seriesCount("roster_purchases_total", Map.of())).isEqualTo(2);
    }
}
