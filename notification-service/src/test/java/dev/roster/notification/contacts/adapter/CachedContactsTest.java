package dev.roster.notification.contacts.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.notification.delivery.application.FakeContacts;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CachedContactsTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    private final UUID ada = UUID.randomUUID();
    private final UUID grace = UUID.randomUUID();
    private final FakeContacts enrollmentService = new FakeContacts()
            .with(ada, new Contact("ada@example.com", "Ada"))
            .with(grace, new Contact("grace@example.com", "Grace"));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

    @Test
    void looksALearnerUpOnceForEventsWithinTheTimeToLive() {
        CachedContacts contacts = new CachedContacts(enrollmentService, clock, TTL, 100);

        contacts.contactOf(ada);
        clock.advance(TTL.minusSeconds(1));

        assertThat(contacts.contactOf(ada)).map(Contact::email).contains("ada@example.com");
        assertThat(enrollmentService.lookups()).isEqualTo(1);
    }

    @Test
    void looksTheLearnerUpAgainOnceTheTimeToLiveHasPassed() {
        CachedContacts contacts = new CachedContacts(enrollmentService, clock, TTL, 100);
        contacts.contactOf(ada);

        clock.advance(TTL);
        contacts.contactOf(ada);

        assertThat(enrollmentService.lookups()).isEqualTo(2);
    }

    @Test
    void keepsNeitherAnUnknownLearnerNorAFailedLookup() {
        CachedContacts contacts = new CachedContacts(enrollmentService, clock, TTL, 100);
        UUID unknown = UUID.randomUUID();
        assertThat(contacts.contactOf(unknown)).isEmpty();
        assertThat(contacts.contactOf(unknown)).as("a learner may exist by the next event").isEmpty();

        enrollmentService.unavailable();
        assertThatThrownBy(() -> contacts.contactOf(ada)).isInstanceOf(TemporarilyUnavailableException.class);
        enrollmentService.available();
        assertThat(contacts.contactOf(ada)).isPresent();

        assertThat(enrollmentService.lookups()).isEqualTo(4);
    }

    @Test
    void dropsTheLeastRecentlyUsedContactBeyondItsSize() {
        CachedContacts contacts = new CachedContacts(enrollmentService, clock, TTL, 1);
        contacts.contactOf(ada);
        contacts.contactOf(grace);

        contacts.contactOf(grace);
        contacts.contactOf(ada);

        assertThat(enrollmentService.lookups()).as("grace from the cache, ada fetched again").isEqualTo(3);
    }
}
