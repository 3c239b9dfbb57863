package dev.roster.notification.delivery.domain;

import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.aCancelledEvent;
import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.aConfirmedEvent;
import static dev.roster.notification.delivery.domain.EnrollmentEventFixtures.withCourseTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EmailComposerTest {

    private static final Contact ADA = new Contact("ada@example.com", "Ada");

    private final EmailComposer composer = new EmailComposer();

    @Test
    void confirmsTheSeatWithCourseAndAmount() {
        Email email = composer.compose(aConfirmedEvent(), ADA);

        assertThat(email.to()).isEqualTo("ada@example.com");
        assertThat(email.subject()).isEqualTo("Your seat in PostgreSQL for application developers is confirmed");
        assertThat(email.text())
                .startsWith("Hello Ada,\n")
                .contains("your seat in \u201cPostgreSQL for application developers\u201d is confirmed.")
                .contains("Amount paid: 129.00 EUR")
                .contains("Enrollment reference: 0190f0c1-0000-7000-8000-0000000000a1");
        assertThat(email.html())
                .contains("PostgreSQL for application developers")
                .contains("Amount paid: 129.00 EUR");
    }

    @Test
    void announcesTheCancellationWithTheRefund() {
        Email email = composer.compose(aCancelledEvent(), ADA);

        assertThat(email.subject()).isEqualTo("Your enrollment in PostgreSQL for application developers was cancelled");
        assertThat(email.text())
                .contains("your enrollment in \u201cPostgreSQL for application developers\u201d was cancelled.")
                .contains("Amount refunded: 129.00 EUR")
                .doesNotContain("confirmed");
        assertThat(email.html()).contains("Amount refunded: 129.00 EUR");
    }

    @Test
    void usesTheEventIdAsMessageId() {
        Email email = composer.compose(aConfirmedEvent(), ADA);

        assertThat(email.messageId()).isEqualTo("<0190f0c1-0000-7000-8000-0000000000e1@roster.local>");
        assertThat(composer.compose(aConfirmedEvent(), new Contact("other@example.org", "Other")).messageId())
                .as("the same event, the same message id, whoever it goes to")
                .isEqualTo(email.messageId());
    }

    @Test
    void keepsMarkupInTitlesAndNamesOutOfTheHtml() {
        Email email = composer.compose(withCourseTitle(aConfirmedEvent(), "<script>alert(1)</script> & more"),
                new Contact("ada@example.com", "Ada \"<b>\""));

        assertThat(email.html())
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")
                .contains("Hello Ada &quot;&lt;b&gt;&quot;,");
        assertThat(email.text()).contains("<script>alert(1)</script> & more");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        Email email = composer.compose(withCourseTitle(aConfirmedEvent(), "SQL\r\nBcc: everyone@example.com"), ADA);

        assertThat(email.subject()).isEqualTo("Your seat in SQL Bcc: everyone@example.com is confirmed");
    }

    @Test
    void greetsWithoutANameWhenThereIsNone() {
        Email email = composer.compose(aConfirmedEvent(), new Contact("ada@example.com", " "));

        assertThat(email.text()).startsWith("Hello,\n");
    }

    @Test
    void showsOnlyTheRecipientDomainWhenPrinted() {
        Email email = composer.compose(aConfirmedEvent(), ADA);

        assertThat(email.recipientDomain()).isEqualTo("example.com");
        assertThat(email.toString()).doesNotContain("ada@").contains("example.com");
        assertThat(ADA.toString()).doesNotContain("ada@").doesNotContain("Ada");
    }

    @Test
    void refusesAContactWithoutAnEmailAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact("ada.example.com", "Ada"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact("@example.com", "Ada"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact("ada@", "Ada"));
    }
}
