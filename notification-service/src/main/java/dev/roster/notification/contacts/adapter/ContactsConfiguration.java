package dev.roster.notification.contacts.adapter;

import dev.roster.notification.platform.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contacts adapter, configured by {@code roster.notification.*}. */
@Configuration(proxyBeanMethods = false)
class ContactsConfiguration {

    /** Closed with the context (its {@code close()} is inferred), which closes the HTTP client. */
    @Bean
    HttpContacts contacts(NotificationProperties properties) {
        return new HttpContacts(properties.enrollmentServiceUrl(), properties.serviceToken(),
                properties.connectTimeout(), properties.readTimeout(), properties.contactAttempts(),
                properties.contactRetryDelay());
    }
}
