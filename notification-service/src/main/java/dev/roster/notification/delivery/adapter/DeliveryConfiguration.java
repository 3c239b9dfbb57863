package dev.roster.notification.delivery.adapter;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.notification.delivery.application.Contacts;
import dev.roster.notification.delivery.application.DeliverNotification;
import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.delivery.application.ProcessedMessages;
import dev.roster.notification.delivery.domain.EmailComposer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the delivery use case to its adapters. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    ProcessedMessages processedMessages(JdbcClient jdbc) {
        return new JdbcProcessedMessages(jdbc);
    }

    /** {@code transactions}: the service's one {@link Transactions} (service-defaults' auto-configuration). */
    @Bean
    DeliverNotification deliverNotification(ProcessedMessages processedMessages, Contacts contacts, Mailer mailer,
                                            Transactions transactions, Clock clock) {
        return new DeliverNotification(processedMessages, contacts, mailer,
                new UnavailableDatabaseTransactions(transactions), new EmailComposer(), clock);
    }
}
