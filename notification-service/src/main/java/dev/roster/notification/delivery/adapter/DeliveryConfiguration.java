package dev.roster.notification.delivery.adapter;

import dev.roster.notification.delivery.application.Contacts;
import dev.roster.notification.delivery.application.DeliverNotification;
import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.delivery.application.ProcessedMessages;
import dev.roster.notification.delivery.application.Transactions;
import dev.roster.notification.delivery.domain.EmailComposer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the delivery use case to its adapters. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    ProcessedMessages processedMessages(JdbcClient jdbc) {
        return new JdbcProcessedMessages(jdbc);
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(new TransactionTemplate(transactionManager));
    }

    @Bean
    DeliverNotification deliverNotification(ProcessedMessages processedMessages, Contacts contacts, Mailer mailer,
                                            Transactions transactions, Clock clock) {
        return new DeliverNotification(processedMessages, contacts, mailer, transactions, new EmailComposer(), clock);
    }
}
