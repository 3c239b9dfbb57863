package dev.roster.enrollment.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.identity.domain.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashesWithArgon2idAtTheOwaspMinimumCost() {
        PasswordHash hash = hasher.hash("Correct-Horse-9");

        // PHC string: algorithm, version, memory in KiB (19 MiB), iterations, parallelism
        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.encoded()).doesNotContain("Correct-Horse-9");
    }

    @Test
    void matchesOnlyTheRightPassword() {
        PasswordHash hash = hasher.hash("Correct-Horse-9");

        assertThat(hasher.matches("Correct-Horse-9", hash)).isTrue();
        assertThat(hasher.matches("correct-horse-9", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void saltsEachHash() {
        assertThat(hasher.hash("Correct-Horse-9")).isNotEqualTo(hasher.hash("Correct-Horse-9"));
    }
}
