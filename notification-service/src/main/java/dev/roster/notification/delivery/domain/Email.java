package dev.roster.notification.delivery.domain;

import java.util.Objects;

/**
 * One email, ready to send: a plain text part and an HTML part with the same content.
 *
 * @param to        the recipient's address
 * @param subject   the subject line
 * @param text      the plain text body
 * @param html      the HTML body
 * @param messageId the {@code Message-ID} header, {@code <eventId@roster.local>}: one event, one message id,
 *                  so a receiving system can spot the duplicate that the one remaining window could cause
 */
public record Email(String to, String subject, String text, String html, String messageId) {

    public Email {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(messageId, "messageId");
    }

    /** What logs may show of the recipient. */
    public String recipientDomain() {
        return to.substring(to.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "Email[to=***@" + recipientDomain() + ", subject=" + subject + ", messageId=" + messageId + "]";
    }
}
