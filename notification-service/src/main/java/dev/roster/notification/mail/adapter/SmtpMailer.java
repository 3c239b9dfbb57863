package dev.roster.notification.mail.adapter;

import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import dev.roster.notification.delivery.domain.Email;
import jakarta.activation.FileTypeMap;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * {@link Mailer} over SMTP, on connections kept open between emails ({@link SmtpConnections}): a
 * {@code multipart/alternative} of plain text and HTML, with the email's own {@code Message-ID} (JavaMail would
 * otherwise make one up on every attempt).
 *
 * <p>A server that cannot be reached, refuses the login or answers with a temporary error is
 * reported as {@link TemporarilyUnavailableException} (the event waits in the retry queue). A
 * recipient the server rejects is not temporary: {@link MailRejectedException}, so the event is
 * redelivered up to the delivery limit and then dead-lettered for a person to look at.
 */
class SmtpMailer implements Mailer {

    private final SmtpConnections connections;
    private final String from;
    private final Clock clock;

    SmtpMailer(SmtpConnections connections, String from, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.from = Objects.requireNonNull(from, "from");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void send(Email email) {
        MimeMessage message = messageOf(email);
        try {
            connections.send(message);
        } catch (AuthenticationFailedException e) {
            throw new TemporarilyUnavailableException("the mail server refused the login: " + e.getMessage(), e);
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                throw new MailRejectedException("the mail server rejected the recipient at "
                        + email.recipientDomain() + ": " + e.getMessage(), e);
            }
            throw new TemporarilyUnavailableException("the mail server did not take the email: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new TemporarilyUnavailableException("the mail server did not take the email: " + e.getMessage(), e);
        }
    }

    private MimeMessage messageOf(Email email) {
        Session session = connections.session();
        MimeMessage message = new FixedIdMimeMessage(session, email.messageId());
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name()) {
                /**
                 * The helper would otherwise load a new map of file types from the classpath for every email (a
                 * sixth of this service's CPU in the load run); our emails attach no files, so the JDK-wide default
                 * map, loaded once, does.
                 */
                @Override
                protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                    return FileTypeMap.getDefaultFileTypeMap();
                }
            };
            helper.setFrom(from);
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            message.setSentDate(Date.from(clock.instant()));
            message.saveChanges();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the email " + email.messageId() + ": " + e.getMessage(), e);
        }
        return message;
    }

    /** A message whose {@code Message-ID} stays what we set, instead of a new one at each save. */
    static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** The mail server permanently refused the email. */
    static final class MailRejectedException extends RuntimeException {
        MailRejectedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
