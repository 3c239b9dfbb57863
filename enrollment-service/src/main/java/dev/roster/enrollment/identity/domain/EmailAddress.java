package dev.roster.enrollment.identity.domain;

import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.Text;
import java.util.Locale;

/**
 * A learner's email address, normalised for storage and comparison: surrounding whitespace trimmed
 * and lower-cased with {@link Locale#ROOT} (so the machine's locale never changes it, e.g. the
 * Turkish dotless i).
 *
 * <p>The check is deliberately simple and does not try to implement RFC 5321/5322. After
 * normalising, an address is accepted when:
 * <ul>
 *   <li>it is not blank and at most {@value #MAX_LENGTH} characters long;</li>
 *   <li>it contains no whitespace, no control characters and no unpaired UTF-16 surrogates;</li>
 *   <li>it contains exactly one {@code @};</li>
 *   <li>the local part (before the {@code @}) is 1 to {@value #MAX_LOCAL_PART_LENGTH} characters;</li>
 *   <li>the domain (after the {@code @}) contains at least one dot and no empty label, i.e. it
 *       does not start or end with a dot and has no two dots in a row.</li>
 * </ul>
 * Whether the address really receives mail is for a confirmation email to find out, not for this
 * check. Anything else is refused with {@code email_invalid}.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    public static final int MAX_LOCAL_PART_LENGTH = 64;
    public static final String INVALID = "email_invalid";

    public EmailAddress {
        value = normalise(value);
        String problem = problemWith(value);
        if (problem != null) {
            // The address itself is left out of the message: it is personal data and may end up in logs.
            throw new DomainException(DomainException.Kind.INVALID_INPUT, INVALID,
                    "email address is not valid: " + problem);
        }
    }

    /** Trims, lower-cases and checks {@code raw}; the usual way to make one. */
    public static EmailAddress of(String raw) {
        return new EmailAddress(raw);
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    private static String problemWith(String address) {
        if (address.isEmpty()) {
            return "it is blank";
        }
        if (address.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (address.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c))) {
            return "it contains whitespace or control characters";
        }
        if (Text.problemWith(address, false).isPresent()) {
            // an unpaired surrogate would be stored as '?', making x\ud800@a.b and x?@a.b one account
            return "it contains an unpaired UTF-16 surrogate";
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            return "it must contain exactly one @";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty() || local.length() > MAX_LOCAL_PART_LENGTH) {
            return "the part before the @ must be 1 to " + MAX_LOCAL_PART_LENGTH + " characters";
        }
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return "the domain must contain a dot and no empty labels";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
