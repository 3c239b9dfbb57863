package dev.roster.notification.delivery.domain;

import java.util.UUID;

/** Writes the email for an enrollment event: subject, plain text, HTML and the message id. */
public final class EmailComposer {

    /** The right-hand side of every {@code Message-ID} this service writes. */
    public static final String MESSAGE_ID_DOMAIN = "roster.local";

    public Email compose(EnrollmentEvent event, Contact contact) {
        String course = event.courseTitle();
        String amount = event.formattedAmount();
        String greeting = contact.name().isBlank() ? "Hello," : "Hello " + contact.name().strip() + ",";
        return switch (event.type()) {
            case CONFIRMED -> email(event, contact,
                    "Your seat in " + oneLine(course) + " is confirmed",
                    greeting,
                    "your seat in \u201c" + course + "\u201d is confirmed.",
                    "Amount paid: " + amount,
                    "See you in class!");
            case CANCELLED -> email(event, contact,
                    "Your enrollment in " + oneLine(course) + " was cancelled",
                    greeting,
                    "your enrollment in \u201c" + course + "\u201d was cancelled.",
                    "Amount refunded: " + amount,
                    "We hope to see you in another course.");
        };
    }

    /** {@code <eventId@roster.local>}: the same for every attempt to deliver one event. */
    public static String messageIdOf(UUID eventId) {
        return "<" + eventId + "@" + MESSAGE_ID_DOMAIN + ">";
    }

    private static Email email(EnrollmentEvent event, Contact contact, String subject, String greeting,
                               String what, String money, String closing) {
        String reference = "Enrollment reference: " + event.enrollmentId();
        String text = String.join("\n",
                greeting,
                "",
                what,
                money,
                reference,
                "",
                closing,
                "Roster",
                "");
        String html = """
                <!DOCTYPE html>
                <html><body>
                <p>%s</p>
                <p>%s<br>
                %s<br>
                %s</p>
                <p>%s<br>
                Roster</p>
                </body></html>
                """.formatted(escape(greeting), escape(what), escape(money), escape(reference), escape(closing));
        return new Email(contact.email(), subject, text, html, messageIdOf(event.eventId()));
    }

    /** A subject is one header line, whatever the course title holds. */
    static String oneLine(String value) {
        return value.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    /** Course titles and names come from people: never let them into the HTML as markup. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
