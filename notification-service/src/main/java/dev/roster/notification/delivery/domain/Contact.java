package dev.roster.notification.delivery.domain;

import java.util.Objects;

/**
 * Where and how to address a learner, as enrollment-service knows them now.
 *
 * @param email the learner's email address
 * @param name  the learner's name; may be blank
 */
public record Contact(String email, String name) {

    public Contact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    /** The part after the {@code @}: what logs may show of an address. */
    public String emailDomain() {
        return email.substring(email.indexOf('@') + 1);
    }

    /** Never the address itself: records end up in logs. */
    @Override
    public String toString() {
        return "Contact[email=***@" + emailDomain() + ", name=***]";
    }
}
