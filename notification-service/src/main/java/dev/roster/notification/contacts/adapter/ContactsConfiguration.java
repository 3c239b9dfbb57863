package dev.roster.notification.contacts.adapter;

import dev.roster.notification.platform.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The contacts adapter, configured by {@code roster.notification.*}. */
@Configuration(proxyBeanMethods = false)
class ContactsConfiguration {

    /**
     * Closed with the context (its {@code close()} is inferred), which closes the HTTP client. The builder is
     * Spring Boot's (observed: {@code http.client.requests}); the adapter clones it.
     */
    @Bean
    HttpContacts contacts(NotificationProperties properties, RestClient.Builder restClients) {
        return new HttpContacts(restClients, properties.enrollmentServiceUrl(), properties.serviceToken(),
                properties.connectTimeout(), properties.readTimeout(), properties.contactAttempts(),
                properties.contactRetryDelay());
    }
}
