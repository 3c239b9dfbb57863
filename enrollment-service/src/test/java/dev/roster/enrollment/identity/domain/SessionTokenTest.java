package dev.roster.enrollment.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@Guards(Risk.TOKEN_EXPIRY_AND_REVOCATION)
class SessionTokenTest {

    private static final String FIXED_VALUE = "fixed-test-token_0123456789_ABCDEFabcdef-xy";
    // printf %s 'fixed-test-token_0123456789_ABCDEFabcdef-xy' | sha256sum
    private static final String FIXED_VALUE_SHA_256 = "10d1e4a3e0c88ea31fabf0393673e9e6867e05fd2d9b1d103f1b4b82ea6ea645";

    @Test
    void isThirtyTwoRandomBytesInUnpaddedBase64url() {
        SessionToken token = SessionToken.generate(new SplittableRandom(42));

        assertThat(token.value()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void drawsADifferentTokenEachTime() {
        SplittableRandom random = new SplittableRandom(42);

        SessionToken first = SessionToken.generate(random);
        SessionToken second = SessionToken.generate(random);

        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void dependsOnlyOnTheRandomSource() {
        SessionToken one = SessionToken.generate(new SplittableRandom(7));
        SessionToken other = SessionToken.generate(new SplittableRandom(7));

        assertThat(one.value()).isEqualTo(other.value());
        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    }

    @Test
    void hashesToTheSha256OfItsValueInHex() {
        TokenHash hash = SessionToken.of(FIXED_VALUE).hash();

        assertThat(hash.value()).isEqualTo(FIXED_VALUE_SHA_256);
    }

    @Test
    void hashesStablyAndNeverToItself() {
        SessionToken token = SessionToken.generate(new SplittableRandom(42));

        assertThat(token.hash()).isEqualTo(token.hash());
        assertThat(SessionToken.of(token.value()).hash()).isEqualTo(token.hash());
        assertThat(token.hash().value()).isNotEqualTo(token.value()).hasSize(64);
    }

    @Test
    void hidesItsValueWhenPrinted() {
        SessionToken token = SessionToken.of(FIXED_VALUE);

        assertThat(token.toString()).isEqualTo("SessionToken[***]").doesNotContain(FIXED_VALUE);
        assertThat("token " + token).doesNotContain(FIXED_VALUE);
    }

    @Test
    void readsBackAPresentedTokenOfTheRightShape() {
        assertThat(SessionToken.parse(FIXED_VALUE)).hasValueSatisfying(
                token -> assertThat(token.value()).isEqualTo(FIXED_VALUE));
    }

    @ParameterizedTest(name = "presented \"{0}\" is not a token")
    @NullSource
    @ValueSource(strings = {
            "",
            "fixed-test-token_0123456789_ABCDEFabcdef-x",
            "fixed-test-token_0123456789_ABCDEFabcdef-xyz",
            "fixed-test-token+0123456789/ABCDEFabcdef-xy",
            "fixed-test-token_0123456789_ABCDEFabcdef-x=",
    })
    void refusesAPresentedValueNotShapedLikeAToken(String presented) {
        assertThat(SessionToken.parse(presented)).isEmpty();
        assertThatThrownBy(() -> SessionToken.of(presented)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksAsAKeyInHashedCollections() {
        SessionToken token = SessionToken.of(FIXED_VALUE);
        SessionToken other = SessionToken.generate(new SplittableRandom(42));

        assertThat(java.util.Set.of(token, other)).contains(SessionToken.of(FIXED_VALUE)).hasSize(2);
        assertThat(token.hashCode()).isEqualTo(SessionToken.of(FIXED_VALUE).hashCode())
                .isNotEqualTo(other.hashCode());
    }
}
