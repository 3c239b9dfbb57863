package dev.roster.notification.delivery.application;

import dev.roster.notification.delivery.domain.Contact;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** enrollment-service's learners, in memory; can be switched off to answer as an unavailable service. */
public class FakeContacts implements Contacts {

    private final Map<UUID, Contact> contacts = new HashMap<>();
    private boolean available = true;
    private int lookups;

    public FakeContacts with(UUID learnerId, Contact contact) {
        contacts.put(learnerId, contact);
        return this;
    }

    public void unavailable() {
        available = false;
    }

    public void available() {
        available = true;
    }

    @Override
    public Optional<Contact> contactOf(UUID learnerId) {
        lookups++;
        if (!available) {
            throw new TemporarilyUnavailableException("enrollment-service answered HTTP 503");
        }
        return Optional.ofNullable(contacts.get(learnerId));
    }

    public int lookups() {
        return lookups;
    }
}
