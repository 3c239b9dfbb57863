package dev.roster.notification.mail.adapter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /captured-mail}: what the local run's embedded SMTP server received, oldest first. Only
 * with {@code roster.notification.embedded-smtp=true}.
 */
@RestController
@ConditionalOnBooleanProperty("roster.notification.embedded-smtp")
@ConditionalOnClass(GreenMail.class)
class CapturedMailController {

    private final GreenMail server;

    CapturedMailController(GreenMail server) {
        this.server = server;
    }

    record CapturedMail(String to, String subject, String messageId, String text) {
    }

    @GetMapping("/captured-mail")
    List<CapturedMail> capturedMail() throws MessagingException, IOException {
        var captured = new ArrayList<CapturedMail>();
        for (MimeMessage message : server.getReceivedMessages()) {
            captured.add(new CapturedMail(recipients(message), message.getSubject(), message.getMessageID(),
                    plainText(message)));
        }
        return captured;
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        var to = message.getRecipients(Message.RecipientType.TO);
        return to == null ? "" : Arrays.stream(to).map(Object::toString).collect(Collectors.joining(", "));
    }

    /** The text/plain part, wherever it sits in the multipart tree; else the raw body. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part instanceof MimeMessage message ? GreenMailUtil.getBody(message) : null;
    }
}
