package dev.roster.paymentsandbox.platform;

import dev.roster.paymentsandbox.shared.Later;
import dev.roster.paymentsandbox.shared.Pause;
import dev.roster.paymentsandbox.shared.RandomIds;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The production clock, random source, pause and later; tests put fixed, seeded or gated ones first. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RandomIds randomIds() {
        return new RandomIds(new SecureRandom());
    }

    @Bean
    Pause pause() {
        return Pause.sleeping();
    }

    @Bean
    Later later() {
        return Later.onVirtualThreads();
    }
}
