package dev.roster.enrollment.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    @Test
    void countsFailuresOfOneAddressUnderItsNormalizedForm() {
        assertThat(LoginFailures.accountKey("  Ada@Example.COM "))
                .isEqualTo(LoginFailures.accountKey("ada@example.com"));
    }

    @Test
    void countsFailuresOfSomethingThatIsNoAddressUnderItsTrimmedLowerCase() {
        assertThat(LoginFailures.accountKey("  Not An Address ")).isEqualTo("not an address");
    }

    @Test
    void countsAMissingEmailUnderTheEmptyKey() {
        assertThat(LoginFailures.accountKey(null)).isEmpty();
    }
}
