package dev.roster.notification.contacts.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learner;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerLookup;
import static dev.roster.notification.testsupport.EnrollmentServiceStubs.learnerPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.notification.contacts.adapter.ContactsClientMetricsIT.NotificationPropertiesBinding;
import dev.roster.notification.delivery.application.Contacts;
import dev.roster.notification.delivery.domain.Contact;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The contacts the delivery gets, as the service wires them ({@link ContactsConfiguration}), against a stand-in for
 * enrollment-service over HTTP: a learner's second event is addressed without a second request.
 */
class ContactsConfigurationIT {

    @RegisterExtension
    static final WireMockExtension enrollmentService = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
            .build();

    private static final String TOKEN = "contacts-token-1234";

    @Test
    void asksEnrollmentServiceOnceForTwoEventsOfOneLearner() {
        UUID learnerId = UUID.randomUUID();
        enrollmentService.stubFor(learnerLookup(learnerId, TOKEN).willReturn(learner(learnerId, "ada@example.com",
                "Ada")));

        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
                .withUserConfiguration(NotificationPropertiesBinding.class, ContactsConfiguration.class)
                .withPropertyValues("roster.notification.enrollment-service-url=" + enrollmentService.baseUrl(),
                        "roster.notification.service-token=" + TOKEN)
                .run(context -> {
                    Contacts contacts = context.getBean(Contacts.class);

                    assertThat(contacts.contactOf(learnerId)).contains(new Contact("ada@example.com", "Ada"));
                    assertThat(contacts.contactOf(learnerId)).contains(new Contact("ada@example.com", "Ada"));

                    enrollmentService.verify(1, getRequestedFor(urlPathEqualTo(learnerPath(learnerId))));
                });
    }
}
