package dev.roster.enrollment.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordPolicyTest {

    private static final String GRINNING_FACE = "\uD83D\uDE00"; // U+1F600: one code point, two chars

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password1", "qwerty", "LetMeIn99"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("passwords")
    void reportsEveryRuleThePasswordBreaks(String caseName, String password, List<String> expectedCodes) {
        List<PasswordViolation> violations = policy.violationsOf(password);

        assertThat(violations).extracting(PasswordViolation::code).containsExactlyElementsOf(expectedCodes);
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    static Stream<Arguments> passwords() {
        return Stream.of(
                Arguments.of("a good password is accepted", "Correct9Horse", List.of()),
                Arguments.of("7 code points is too short", "Abcdef1", List.of("password_too_short")),
                Arguments.of("8 code points is long enough", "Abcdefg1", List.of()),
                Arguments.of("128 code points is short enough", "A1" + "x".repeat(126), List.of()),
                Arguments.of("129 code points is too long", "A1" + "x".repeat(127), List.of("password_too_long")),
                Arguments.of("no digit", "Abcdefgh", List.of("password_needs_digit")),
                Arguments.of("no uppercase letter", "abcdefg1", List.of("password_needs_uppercase")),
                Arguments.of("Password1 is too common although it passes the other rules", "Password1",
                        List.of("password_too_common")),
                Arguments.of("common passwords match whatever the case of the list entry", "LETMEIN99",
                        List.of("password_too_common")),
                Arguments.of("short, no digit, no uppercase: all reported", "abc",
                        List.of("password_too_short", "password_needs_digit", "password_needs_uppercase")),
                Arguments.of("short, no digit, no uppercase and common: all four reported", "qwerty",
                        List.of("password_too_short", "password_needs_digit", "password_needs_uppercase",
                                "password_too_common")),
                Arguments.of("too long and no digit", "A" + "x".repeat(128),
                        List.of("password_too_long", "password_needs_digit")),
                Arguments.of("empty", "",
                        List.of("password_too_short", "password_needs_digit", "password_needs_uppercase")),
                Arguments.of("null counts as empty", null,
                        List.of("password_too_short", "password_needs_digit", "password_needs_uppercase")),
                Arguments.of("7 code points with emoji (12 chars) is too short", "A1" + GRINNING_FACE.repeat(5),
                        List.of("password_too_short")),
                Arguments.of("8 code points with emoji (14 chars) is long enough", "A1" + GRINNING_FACE.repeat(6),
                        List.of()),
                Arguments.of("128 code points with emoji (254 chars) is short enough",
                        "A1" + GRINNING_FACE.repeat(126), List.of()),
                Arguments.of("129 code points with emoji (256 chars) is too long",
                        "A1" + GRINNING_FACE.repeat(127), List.of("password_too_long")),
                Arguments.of("a NUL inside", "Correct9\u0000Horse", List.of("password_invalid_character")),
                Arguments.of("a line feed inside", "Correct9\nHorse", List.of("password_invalid_character")),
                Arguments.of("an unpaired surrogate (hashed as '?' it would equal Correct9?Horse)", "Correct9\ud800Horse",
                        List.of("password_invalid_character")),
                Arguments.of("a control character is reported before commonness", "password\u0007",
                        List.of("password_needs_digit", "password_needs_uppercase", "password_invalid_character")));
    }

    @Test
    void acceptsAGoodPassword() {
        assertThat(policy.accepts("Correct9Horse")).isTrue();
        assertThat(policy.accepts("Password1")).isFalse();
    }
}
