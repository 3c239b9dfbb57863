package dev.roster.enrollment.purchase.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestFingerprintTest {

    @Test
    void isTheSameForTheSameFields() {
        assertThat(RequestFingerprint.of("course-1", "SPRING10", "tok_visa"))
                .isEqualTo(RequestFingerprint.of("course-1", "SPRING10", "tok_visa"))
                .hasSize(64);
    }

    @Test
    void differsWhenAnyFieldDiffers() {
        String original = RequestFingerprint.of("course-1", "SPRING10", "tok_visa");

        assertThat(RequestFingerprint.of("course-2", "SPRING10", "tok_visa")).isNotEqualTo(original);
        assertThat(RequestFingerprint.of("course-1", "SPRING20", "tok_visa")).isNotEqualTo(original);
        assertThat(RequestFingerprint.of("course-1", "SPRING10", "tok_chargeDeclined")).isNotEqualTo(original);
    }

    @Test
    void tellsFieldBoundariesAndMissingFieldsApart() {
        assertThat(RequestFingerprint.of("ab", "c")).isNotEqualTo(RequestFingerprint.of("a", "bc"));
        assertThat(RequestFingerprint.of("a", null)).isNotEqualTo(RequestFingerprint.of("a", ""));
        assertThat(RequestFingerprint.of("a", null)).isNotEqualTo(RequestFingerprint.of("a", "-"));
    }

    @ParameterizedTest(name = "key \"{0}\" is refused")
    @ValueSource(strings = {"", "tab\there", "é-not-ascii", "new\nline"})
    void refusesKeysThatAreNotPrintableAscii(String raw) {
        assertThatThrownBy(() -> new IdempotencyKey(raw))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("idempotency_key_invalid"));
    }

    @Test
    void acceptsKeysOfOneTo255PrintableCharacters() {
        assertThat(new IdempotencyKey("a").value()).isEqualTo("a");
        assertThat(new IdempotencyKey("~".repeat(255)).value()).hasSize(255);
        assertThat(new IdempotencyKey(" ").value()).as("a space is the lowest printable character").isEqualTo(" ");
        assertThatThrownBy(() -> new IdempotencyKey("\u007F")).as("DEL is not printable").isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new IdempotencyKey("x".repeat(256))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(DomainException.class);
    }
}
