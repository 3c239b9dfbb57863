package dev.roster.notification.mail.adapter;

import dev.roster.notification.delivery.application.Mailer;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import dev.roster.notification.delivery.domain.Email;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * {@link Mailer} over SMTP with Spring's {@link JavaMailSender}: a {@code multipart/alternative} of
 * plain text and HTML, with the email's own {@code Message-ID} (JavaMail would otherwise make one up
 * on every attempt).
 *
 * <p>A server that cannot be reached, refuses the login or answers with a temporary error is
 * reported as {@link TemporarilyUnavailableException} (the event waits in the retry queue). A
 * recipient the server rejects is not temporary: {@link MailRejectedException}, so the event is
 * redelivered up to the delivery limit and then dead-lettered for a person to look at.
 */
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.from = Objects.requireNonNull(from, "from");
    }

    @Override
    public void send(Email email) {
        MimeMessage message = messageOf(email);
        try {
            sender.send(message);
        } catch (MailAuthenticationException e) {
            throw new TemporarilyUnavailableException("the mail server refused the login: " + e.getMessage(), e);
        } catch (MailSendException e) {
            if (recipientRejected(e)) {
                throw new MailRejectedException("the mail server rejected the recipient at "
                        + email.recipientDomain() + ": " + e.getMessage(), e);
            }
            throw new TemporarilyUnavailableException("the mail server did not take the email: " + e.getMessage(), e);
        }
    }

    private MimeMessage messageOf(Email email) {
        Session session = sender.createMimeMessage().getSession();
        MimeMessage message = new FixedIdMimeMessage(session, email.messageId());
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the email " + email.messageId() + ": " + e.getMessage(), e);
        }
        return message;
    }

    /** SMTP 5xx for a recipient: the server will not take this email, however often it is sent. */
    private static boolean recipientRejected(MailSendException e) {
        return e.getFailedMessages().values().stream().anyMatch(failure ->
                failure instanceof SendFailedException sendFailed
                        && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0);
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
