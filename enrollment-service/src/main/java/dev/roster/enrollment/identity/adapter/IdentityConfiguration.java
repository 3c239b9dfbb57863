package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.Learners;
import dev.roster.enrollment.identity.application.LoginFailures;
import dev.roster.enrollment.identity.application.PasswordHasher;
import dev.roster.enrollment.identity.application.Sessions;
import dev.roster.enrollment.identity.domain.PasswordPolicy;
import dev.roster.enrollment.identity.domain.ThrottleLimits;
import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.shared.IdGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Bean
    JdbcLoginFailures loginFailures(JdbcClient jdbc) {
        return new JdbcLoginFailures(jdbc);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(CommonPasswordList.load());
    }

    @Bean
    LoginThrottleMeters loginThrottleMeters(MeterRegistry meters) {
        return new LoginThrottleMeters(meters);
    }

    @Bean
    IdentityService identityService(Learners learners, Sessions sessions, LoginFailures failures,
                                    Transactions transactions, PasswordHasher hasher, PasswordPolicy policy,
                                    IdGenerator ids, Clock clock, LoginThrottleMeters throttled) {
        return new IdentityService(learners, sessions, failures, transactions, hasher, policy, ThrottleLimits.DEFAULT,
                ids, new SecureRandom(), clock, throttled);
    }
}
