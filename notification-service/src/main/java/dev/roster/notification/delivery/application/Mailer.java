package dev.roster.notification.delivery.application;

import dev.roster.notification.delivery.domain.Email;

/** Sends email. */
public interface Mailer {

    /**
     * Hands the email to the mail server; returns once the server has accepted it.
     *
     * @throws TemporarilyUnavailableException when the mail server cannot take it now
     */
    void send(Email email);
}
