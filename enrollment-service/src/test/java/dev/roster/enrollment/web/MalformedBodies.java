package dev.roster.enrollment.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Bodies that are no JSON a client should send: cut short, wrong top-level types, syntax JSON
 * does not have, duplicate keys, invalid or overlong UTF-8 and encoded surrogates inside a string,
 * and nesting deeper than any request needs.
 */
final class MalformedBodies {

    private static final List<byte[]> BAD_UTF8 = List.of(
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90,
                    (byte) 0x80, (byte) 0x80}, new byte[] {0x00}, new byte[] {0x07});

    private MalformedBodies() {
    }

    static byte[] of(String validJson, Random random, List<String> mutations) {
        int kind = random.nextInt(9);
        mutations.add("malformed #" + kind);
        return switch (kind) {
            case 0 -> utf8(validJson.substring(0, random.nextInt(validJson.length())));
            case 1 -> utf8(List.of("", "null", "[]", "\"text\"", "123", "true", "{", "}", "[{}]")
                    .get(random.nextInt(9)));
            case 2 -> utf8(validJson.replaceFirst("}$", ",}"));
            case 3 -> utf8(validJson.replaceFirst("\\{", "{/* comment */").replace('"', '\''));
            case 4 -> utf8(validJson.replaceFirst("}$", "," + validJson.substring(1)));
            case 5 -> withBytesInsideTheFirstString(validJson, BAD_UTF8.get(random.nextInt(BAD_UTF8.size())));
            case 6 -> utf8("\uFEFF" + validJson);
            case 7 -> utf8("{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");
            default -> randomBytes(random);
        };
    }

    private static byte[] withBytesInsideTheFirstString(String json, byte[] bytes) {
        int insideString = json.indexOf(":\"") + 2;
        if (insideString < 2) {
            insideString = json.length() / 2;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(json.substring(0, insideString)));
        out.writeBytes(bytes);
        out.writeBytes(utf8(json.substring(insideString)));
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
