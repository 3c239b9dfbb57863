package dev.roster.enrollment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Guards(Risk.BAD_INPUT_ANSWERS_5XX)
class TextTest {

    static Stream<Arguments> refusedEverywhere() {
        return Stream.of(
                argumentSet("NUL", "a\u0000b", Text.CONTROL_CHARACTER),
                argumentSet("NUL alone", "\u0000", Text.CONTROL_CHARACTER),
                argumentSet("U+0001, the first control after NUL", "a\u0001", Text.CONTROL_CHARACTER),
                argumentSet("escape", "\u001b[31m", Text.CONTROL_CHARACTER),
                argumentSet("U+001F, the last C0 control", "a\u001f", Text.CONTROL_CHARACTER),
                argumentSet("DEL", "a\u007f", Text.CONTROL_CHARACTER),
                argumentSet("U+0085, a C1 control (next line)", "a\u0085b", Text.CONTROL_CHARACTER),
                argumentSet("U+009F, the last C1 control", "a\u009f", Text.CONTROL_CHARACTER),
                argumentSet("a high surrogate at the end", "x\ud800", Text.UNPAIRED_SURROGATE),
                argumentSet("a high surrogate before a letter", "\ud800x", Text.UNPAIRED_SURROGATE),
                argumentSet("a low surrogate alone", "x\udc00y", Text.UNPAIRED_SURROGATE),
                argumentSet("a pair in the wrong order", "\udc00\ud800", Text.UNPAIRED_SURROGATE),
                argumentSet("two high surrogates", "\ud800\ud800\udc00", Text.UNPAIRED_SURROGATE));
    }

    @ParameterizedTest(name = "{argumentSetName} is refused in a line")
    @MethodSource("refusedEverywhere")
    void refusesInALine(String text, String problem) {
        assertThat(Text.problemWith(text, false)).contains(problem);
    }

    @ParameterizedTest(name = "{argumentSetName} is refused in multi-line text")
    @MethodSource("refusedEverywhere")
    void refusesInMultiLineText(String text, String problem) {
        assertThat(Text.problemWith(text, true)).contains(problem);
    }

    static Stream<Arguments> acceptedEverywhere() {
        return Stream.of(
                argumentSet("plain ASCII", "Ada Lovelace"),
                argumentSet("the empty string", ""),
                argumentSet("an emoji (a surrogate pair)", "Ada \uD83D\uDE00"),
                argumentSet("an emoji at the very start", "\uD83D\uDE00"),
                argumentSet("letters beyond ASCII", "Zoë Ωmega 中文"),
                argumentSet("U+00A0, the first character after the C1 controls", "a\u00a0b"),
                argumentSet("a question mark, which a lone surrogate used to become", "x?@example.com"),
                argumentSet("the replacement character", "\ufffd"));
    }

    @ParameterizedTest(name = "{argumentSetName} is accepted")
    @MethodSource("acceptedEverywhere")
    void acceptsRealText(String text) {
        assertThat(Text.problemWith(text, false)).isEmpty();
        assertThat(Text.problemWith(text, true)).isEmpty();
    }

    @Test
    void acceptsNoTextForTheCallerToJudge() {
        assertThat(Text.problemWith(null, false)).isEmpty();
    }

    @Test
    void letsMultiLineTextHoldTabsAndLineBreaksButNotALine() {
        String paragraphs = "First.\r\n\tSecond.\nThird.";

        assertThat(Text.problemWith(paragraphs, true)).isEmpty();
        assertThat(Text.problemWith("a\tb", false)).contains(Text.CONTROL_CHARACTER);
        assertThat(Text.problemWith("a\nb", false)).contains(Text.CONTROL_CHARACTER);
        assertThat(Text.problemWith("a\rb", false)).contains(Text.CONTROL_CHARACTER);
    }

    @Test
    void namesTheFieldOfTheTextItRefuses() {
        List<FieldError> errors = new ArrayList<>();

        Text.checkLine("/name", "Ada", errors);
        Text.checkLine("/name", "A\u0000da", errors);
        Text.checkMultiLine("/description", "Line\nbreak", errors);
        Text.checkMultiLine("/description", "\ud800", errors);

        assertThat(errors).containsExactly(new FieldError("/name", Text.CONTROL_CHARACTER),
                new FieldError("/description", Text.UNPAIRED_SURROGATE));
    }
}
