package dev.roster.notification.contacts.adapter;

import dev.roster.notification.delivery.application.Contacts;
import dev.roster.notification.delivery.domain.Contact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Contacts found recently, kept for {@code ttl} (at most {@code maxEntries}, the least recently used dropped first),
 * in front of the lookup at enrollment-service: a learner's confirmation and cancellation, or several purchases in a
 * row, cost one lookup instead of one each. Under the purchase load test every lookup competed with the purchases for
 * enrollment-service's CPU.
 *
 * <p>Sound because a learner's email address never changes (enrollment-service's identity feature has no way to change
 * it; the account's email is its login); {@code ttl} bounds how stale a contact could get should that change. Only
 * found contacts are kept: an unknown learner (404) or a failed lookup is asked again next time.
 */
final class CachedContacts implements Contacts {

    private final Contacts lookup;
    private final Clock clock;
    private final Duration ttl;
    private final Map<UUID, Found> found;

    CachedContacts(Contacts lookup, Clock clock, Duration ttl, int maxEntries) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        this.found = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Found> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public Optional<Contact> contactOf(UUID learnerId) {
        Instant now = clock.instant();
        synchronized (found) {
            Found cached = found.get(learnerId);
            if (cached != null && now.isBefore(cached.at().plus(ttl))) {
                return Optional.of(cached.contact());
            }
        }
        // outside the lock: consumers waiting on enrollment-service must not wait on each other too
        Optional<Contact> contact = lookup.contactOf(learnerId);
        contact.ifPresent(c -> {
            synchronized (found) {
                found.put(learnerId, new Found(c, now));
            }
        });
        return contact;
    }

    private record Found(Contact contact, Instant at) {
    }
}
