package dev.roster.enrollment.platform;

import dev.roster.enrollment.shared.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The production clock and id generator; tests inject fixed ones. */
@Configuration(proxyBeanMethods = false)
class TimeAndIdsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdGenerator idGenerator() {
        return new UuidV7Generator();
    }
}
