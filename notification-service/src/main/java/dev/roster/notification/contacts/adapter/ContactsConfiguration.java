package dev.roster.notification.contacts.adapter;

import dev.roster.notification.delivery.application.Contacts;
import dev.roster.notification.platform.NotificationProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
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

    /** What the delivery uses: the lookup above behind the recently found contacts. */
    @Bean
    @Primary
    Contacts cachedContacts(HttpContacts contacts, NotificationProperties properties, Clock clock) {
        return new CachedContacts(contacts, clock, properties.contactCacheTtl(), properties.contactCacheSize());
    }
}
