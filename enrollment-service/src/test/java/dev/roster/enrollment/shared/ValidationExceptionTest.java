package dev.roster.enrollment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void isAnInvalidInputRefusalCarryingEveryFieldError() {
        List<FieldError> errors = new ArrayList<>(List.of(
                new FieldError("/title", "is required"), new FieldError("/capacity", "must be between 0 and 10000")));

        ValidationException refusal = new ValidationException(errors);
        errors.clear();

        assertThat(refusal).isInstanceOf(DomainException.class);
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
        assertThat(refusal.code()).isEqualTo("validation_failed");
        assertThat(refusal.errors()).as("a copy, not the caller's list").containsExactly(
                new FieldError("/title", "is required"), new FieldError("/capacity", "must be between 0 and 10000"));
        assertThat(refusal).hasMessage(
                "The request has invalid fields: /title is required; /capacity must be between 0 and 10000");
    }

    @Test
    void tellsItsProblemEveryInvalidFieldInOrderAndNoRetryHint() {
        ValidationException refusal = new ValidationException(List.of(
                new FieldError("/title", "is required"), new FieldError("/capacity", "must be between 0 and 10000")));

        assertThat(refusal.problemProperties()).containsOnlyKeys("errors");
        assertThat(refusal.problemProperties().get("errors")).isEqualTo(List.of(
                Map.of("pointer", "/title", "detail", "is required"),
                Map.of("pointer", "/capacity", "detail", "must be between 0 and 10000")));
        assertThat(refusal.retryAfterHint()).isEmpty();
    }

    @Test
    void givesAPlainRefusalNoExtraProblemMembers() {
        DomainException refusal = new DomainException(DomainException.Kind.NOT_FOUND, "course_not_found",
                "No such course.");

        assertThat(refusal.problemProperties()).isEmpty();
        assertThat(refusal.retryAfterHint()).isEmpty();
    }

    @Test
    void throwsOnlyWhenThereIsSomethingToReport() {
        assertThatCode(() -> ValidationException.throwIfAny(List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> ValidationException.throwIfAny(List.of(new FieldError("/code", "is required"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void needsAtLeastOneFieldAndPathsThatStartWithASlash() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldError("title", "is required")).isInstanceOf(IllegalArgumentException.class);
    }
}
