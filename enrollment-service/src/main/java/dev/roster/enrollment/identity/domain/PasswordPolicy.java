package dev.roster.enrollment.identity.domain;

import dev.roster.enrollment.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must satisfy. {@link #violationsOf} reports every problem at once, in a fixed
 * order (length, digit, uppercase, characters, common), so a learner can fix them all in one go.
 *
 * <p>Lengths count Unicode code points, not UTF-16 chars, so an emoji counts as one character.
 * "Digit" and "uppercase" follow {@link Character#isDigit(int)} and {@link Character#isUpperCase(int)}.
 * The common-password list is compared case-insensitively ({@link Locale#ROOT}); it is handed in,
 * so the policy itself does no I/O.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT = "password_too_short";
    public static final String TOO_LONG = "password_too_long";
    public static final String NEEDS_DIGIT = "password_needs_digit";
    public static final String NEEDS_UPPERCASE = "password_needs_uppercase";
    public static final String TOO_COMMON = "password_too_common";
    public static final String INVALID_CHARACTER = "password_invalid_character";

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        Objects.requireNonNull(commonPasswords, "commonPasswords");
        this.commonPasswords = commonPasswords.stream()
                .map(PasswordPolicy::fold)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every rule {@code password} breaks; empty when it is acceptable. {@code null} counts as empty. */
    public List<PasswordViolation> violationsOf(String password) {
        String candidate = password == null ? "" : password;
        List<PasswordViolation> violations = new ArrayList<>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            violations.add(new PasswordViolation(TOO_SHORT,
                    "must be at least " + MIN_LENGTH + " characters long"));
        }
        if (length > MAX_LENGTH) {
            violations.add(new PasswordViolation(TOO_LONG,
                    "must be at most " + MAX_LENGTH + " characters long"));
        }
        if (candidate.codePoints().noneMatch(Character::isDigit)) {
            violations.add(new PasswordViolation(NEEDS_DIGIT, "must contain at least one digit"));
        }
        if (candidate.codePoints().noneMatch(Character::isUpperCase)) {
            violations.add(new PasswordViolation(NEEDS_UPPERCASE, "must contain at least one uppercase letter"));
        }
        if (Text.problemWith(candidate, false).isPresent()) {
            violations.add(new PasswordViolation(INVALID_CHARACTER,
                    "must not contain control characters or unpaired UTF-16 surrogates"));
        }
        if (commonPasswords.contains(fold(candidate))) {
            violations.add(new PasswordViolation(TOO_COMMON, "is too common and easy to guess"));
        }
        return List.copyOf(violations);
    }

    public boolean accepts(String password) {
        return violationsOf(password).isEmpty();
    }

    private static String fold(String password) {
        return password.toLowerCase(Locale.ROOT);
    }
}
