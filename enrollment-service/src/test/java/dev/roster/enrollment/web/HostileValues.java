package dev.roster.enrollment.web;

import java.util.List;
import java.util.Random;

/**
 * The hostile material {@link HostileRequests} draws from: JSON values of every type and size,
 * strings with control characters, NUL and unpaired surrogates (as JSON escapes, the way Jackson
 * decodes them into Java strings), numbers beyond every range, and percent-encoded query and path
 * text. Values are JSON fragments, written into bodies verbatim.
 */
final class HostileValues {

    private static final List<String> TEXTS = List.of(
            "", " ", "a\\u0000b", "\\u0000", "\\u0001", "\\u001b[2J", "\\u007f", "\\u0085", "\\u009f", "line\\nbreak",
            "tab\\there", "x\\ud800", "\\udc00x", "\\ud800\\ud800", "\\udbff", "emoji \\ud83d\\ude00", "\\ufeffBOM",
            "\\u202eevil", "\\uffff", "\\ufffd", "' OR 1=1 --", "<script>alert(1)</script>", "%00", "\\\\", "\\\"",
            "null", "true", "1e10000000", "-1", "5.7", "92233720368547758.07", "99999999999999999999", "NaN",
            "Infinity", "0x10", "2027-01-10T09:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
            "-1000000000-01-01T00:00:00Z", "1999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2027-13-45T99:99:99Z",
            "OPEN", "DRAFT", "open", "EUR", "eur", "XXX", "JPY", "tok_visa", "tok_chargeDeclined", "tok_timeout",
            "WELCOME", "welcome", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "ada@example.com",
            "x\\ud800@example.com", "admin@example.com", "Correct-Horse-9", "Ünïcödé 中文");

    private static final List<String> NUMBERS = List.of(
            "0", "-0", "1", "-1", "5.7", "5.0", "1e2", "1E+2", "1e308", "-1e308", "1e-308", "1e10000000", "-1e10000000",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "92233720368547758.07", "123456789012345678901234567890", "9".repeat(40), "0.0000001", "100", "101",
            "10000", "10001", "1000000", "1000001");

    private static final List<String> OTHERS = List.of(
            "true", "false", "null", "[]", "[1]", "[\"a\"]", "[null]", "{}", "{\"a\":1}",
            "{\"amount\":\"1.00\",\"currency\":\"EUR\"}", "{\"amount\":1,\"currency\":\"EUR\"}",
            "[".repeat(40) + "]".repeat(40), "{\"a\":".repeat(40) + "1" + "}".repeat(40));

    /** Percent-encoded text for query parameters and path segments. */
    private static final List<String> ENCODED = List.of(
            "%00", "%01", "%1B", "%7F", "%C2%85", "%ED%A0%80", "%FF", "%C0%80", "%E2%80%AE", "%EF%BF%BF", "-1", "0",
            "1", "100", "101", "2147483648", "1e3", "1.5", "abc", "", "%20", "9".repeat(50), "A%00B", "WELCOME",
            "welcome", "A".repeat(3000), "00000000-0000-0000-0000-000000000000", "not-a-uuid", "%27%20OR%201%3D1");

    /**
     * Path segments Tomcat decodes: an undecodable one (%00, invalid UTF-8) is refused by Tomcat
     * before Roster sees the request, which HostileRequestLineIT covers with the request line.
     */
    private static final List<String> ENCODED_PATH = ENCODED.stream()
            .filter(text -> !List.of("%00", "%FF", "%ED%A0%80", "%C0%80", "A%00B").contains(text)).toList();

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    /** Any hostile JSON value: a string, a number or another type. */
    String anyJson() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> quoted(pick(TEXTS));
            case 4 -> quoted(longText());
            case 5, 6, 7 -> pick(NUMBERS);
            default -> pick(OTHERS);
        };
    }

    String longText() {
        int length = List.of(255, 256, 1_000, 5_000, 15_000, 20_000).get(random.nextInt(6));
        return (random.nextBoolean() ? "A" : "\\u00e9").repeat(length / (random.nextBoolean() ? 1 : 6));
    }

    String encoded() {
        return pick(ENCODED);
    }

    String encodedPathSegment() {
        return pick(ENCODED_PATH);
    }

    /** A property name nobody expects, sometimes hostile itself. */
    String extraName() {
        return pick(List.of("member", "role", "seatsTaken", "id", "__proto__", "extra", "a\\u0000b", "x\\ud800",
                "", "price.amount", "ÉMAIL"));
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String quoted(String escapedText) {
        return "\"" + escapedText + "\"";
    }
}
