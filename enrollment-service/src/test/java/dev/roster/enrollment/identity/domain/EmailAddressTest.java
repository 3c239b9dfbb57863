package dev.roster.enrollment.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.enrollment.shared.DomainException;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailAddressTest {

    @Test
    void trimsAndFoldsCaseForStorageAndComparison() {
        EmailAddress email = EmailAddress.of("  Ada@Example.COM ");

        assertThat(email.value()).isEqualTo("ada@example.com");
        assertThat(email).isEqualTo(EmailAddress.of("ada@example.com"));
        assertThat(email.toString()).isEqualTo("ada@example.com");
    }

    @Test
    void foldsCaseTheSameWayWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));

            assertThat(EmailAddress.of("ADMIN@EXAMPLE.COM").value()).isEqualTo("admin@example.com");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void acceptsTheLongestAllowedLocalPartAndAddress() {
        String local64 = "a".repeat(64);
        String domain189 = "d".repeat(185) + ".com";

        assertThat(EmailAddress.of(local64 + "@example.com").value()).hasSize(76);
        assertThat(EmailAddress.of(local64 + "@" + domain189).value()).hasSize(254);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAddresses")
    void refusesAnAddressNotShapedLikeOne(String caseName, String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("email_invalid");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                });
    }

    @Test
    void saysAnUnpairedSurrogateIsWhatIsWrongWithoutRepeatingTheAddress() {
        assertThatThrownBy(() -> EmailAddress.of("x\ud800@example.com"))
                .hasMessage("email address is not valid: it contains an unpaired UTF-16 surrogate");
    }

    static Stream<Arguments> invalidAddresses() {
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("empty", ""),
                Arguments.of("only whitespace", "   \t "),
                Arguments.of("no @", "ada.example.com"),
                Arguments.of("two @", "ada@lovelace@example.com"),
                Arguments.of("empty local part", "@example.com"),
                Arguments.of("local part of 65 characters", "a".repeat(65) + "@example.com"),
                Arguments.of("255 characters in all", "a".repeat(64) + "@" + "d".repeat(186) + ".com"),
                Arguments.of("empty domain", "ada@"),
                Arguments.of("domain without a dot", "ada@localhost"),
                Arguments.of("domain starting with a dot", "ada@.example.com"),
                Arguments.of("domain ending with a dot", "ada@example.com."),
                Arguments.of("domain with two dots in a row", "ada@example..com"),
                Arguments.of("space inside", "ada lovelace@example.com"),
                Arguments.of("tab inside", "ada@exam\tple.com"),
                Arguments.of("no-break space inside", "ada\u00A0@example.com"),
                Arguments.of("control character inside", "ada\u0000@example.com"),
                Arguments.of("unpaired high surrogate (stored as '?' it would be x?@example.com)", "x\ud800@example.com"),
                Arguments.of("unpaired low surrogate in the domain", "ada@exam\udc00ple.com"),
                Arguments.of("surrogates in the wrong order", "ada\udc00\ud800@example.com"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "''                     | it is blank",
            "a b@example.com        | whitespace",
            "ada.example.com        | exactly one @",
            "a@b@example.com        | exactly one @",
            "@example.com           | the part before the @",
            "ada@example            | the domain",
            "ada@.example.com       | the domain",
            "ada@example.com.       | the domain",
            "ada@example..com       | the domain",
    })
    void saysWhatIsWrongWithAnAddress(String raw, String reason) {
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void saysWhenAnAddressIsTooLong() {
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.com"))
                .hasMessageContaining("the part before the @");
        assertThatThrownBy(() -> EmailAddress.of("a@" + "d".repeat(250) + ".com"))
                .hasMessageContaining("longer than 254");
    }
}
