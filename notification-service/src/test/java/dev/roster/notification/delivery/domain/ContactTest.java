package dev.roster.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"@example.com", "ada@", "ada@example@com", "ada.example.com"})
    void refusesWhatIsNoEmailAddress(String email) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Contact(email, "Ada"));
    }

    @Test
    void acceptsTheShortestAddressWithALocalPartAndADomain() {
        assertThat(new Contact("a@b", "").email()).isEqualTo("a@b");
    }

    @Test
    void showsLogsOnlyTheDomainOfTheAddress() {
        Contact ada = new Contact("ada.lovelace@example.com", "Ada Lovelace");

        assertThat(ada.emailDomain()).isEqualTo("example.com");
        assertThat(ada.toString()).contains("example.com").doesNotContain("ada.lovelace").doesNotContain("Lovelace");
    }
}
