package dev.roster.paymentsandbox.charges.adapter;

import dev.roster.paymentsandbox.charges.application.ChargeService;
import dev.roster.paymentsandbox.charges.application.IdempotencyKeys;
import dev.roster.paymentsandbox.charges.application.Ledger;
import dev.roster.paymentsandbox.charges.application.SandboxBehaviour;
import dev.roster.paymentsandbox.platform.SandboxProperties;
import dev.roster.paymentsandbox.shared.Later;
import dev.roster.paymentsandbox.shared.Pause;
import dev.roster.paymentsandbox.shared.RandomIds;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free charges feature. */
@Configuration(proxyBeanMethods = false)
class ChargesConfiguration {

    @Bean
    Ledger ledger() {
        return new Ledger();
    }

    @Bean
    IdempotencyKeys idempotencyKeys() {
        return new IdempotencyKeys();
    }

    @Bean
    ChargeService chargeService(Ledger ledger, IdempotencyKeys keys, RandomIds ids, Clock clock, Pause pause,
            Later later, SandboxProperties properties) {
        return new ChargeService(ledger, keys, ids, clock, pause, later,
                new SandboxBehaviour(properties.slowDelay(), properties.flakyFailures(), properties.lateDelay()));
    }
}
