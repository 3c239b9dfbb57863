package dev.roster.enrollment.identity.adapter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the bundled list of common passwords ({@value #RESOURCE} on the classpath) for the
 * {@link dev.roster.enrollment.identity.domain.PasswordPolicy}: one password per line, UTF-8;
 * lines starting with {@code #} and blank lines are skipped, entries are trimmed and lower-cased.
 */
public final class CommonPasswordList {

    static final String RESOURCE = "/identity/common-passwords.txt";

    private CommonPasswordList() {
    }

    public static Set<String> load() {
        InputStream in = CommonPasswordList.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("common password list not found on the classpath: " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
