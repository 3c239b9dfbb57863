package dev.roster.paymentsandbox.testsupport;

import dev.roster.paymentsandbox.shared.RandomIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a fixed clock, a seeded random source, a gated pause and a gated later before the production ones. */
@TestConfiguration(proxyBeanMethods = false)
public class SandboxTestConfiguration {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final long SEED = 20_260_301L;

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    @Primary
    RandomIds seededIds() {
        return new RandomIds(new Random(SEED));
    }

    @Bean
    @Primary
    GatedPause gatedPause() {
        return new GatedPause();
    }

    @Bean
    @Primary
    GatedLater gatedLater() {
        return new GatedLater();
    }
}
