package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reads the bundled classpath resource; no other I/O. */
class CommonPasswordListTest {

    @Test
    void loadsTheBundledListWithoutCommentsOrBlanks() {
        Set<String> passwords = CommonPasswordList.load();

        assertThat(passwords).hasSizeGreaterThan(100)
                .contains("password1", "123456", "qwerty", "letmein", "passw0rd", "welcome1", "password123");
        assertThat(passwords).noneMatch(p -> p.startsWith("#"))
                .noneMatch(String::isBlank)
                .allMatch(p -> p.equals(p.strip()));
    }
}
