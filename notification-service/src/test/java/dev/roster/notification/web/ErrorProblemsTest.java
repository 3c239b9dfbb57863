package dev.roster.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ErrorProblemsTest {

    @ParameterizedTest
    @ValueSource(ints = {200, 302, 399, 499, 999, -1})
    void answersAStatusThatIsNoKnownErrorAsABadRequest(int status) {
        assertThat(ErrorProblems.errorStatus(status)).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void keepsAKnownErrorStatus() {
        assertThat(ErrorProblems.errorStatus(405)).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(ErrorProblems.errorStatus(500)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void namesAServerErrorWithoutItsInternals() {
        ProblemDetail problem = ErrorProblems.problem(HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getProperties()).containsEntry("code", "internal_error");
        assertThat(problem.getType()).isEqualTo(URI.create("urn:roster:problem:internal_error"));
        assertThat(problem.getDetail()).isEqualTo("An unexpected error occurred; it has been logged.");
    }

    @Test
    void namesAnotherClientErrorByItsReasonUnderAGenericCode() {
        ProblemDetail problem = ErrorProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        assertThat(problem.getProperties()).containsEntry("code", "request_error");
        assertThat(problem.getDetail()).isEqualTo("Unsupported Media Type.");
    }

    @Test
    void namesHeadersTooLargeAndNotAcceptableAsEnrollmentServiceDoes() {
        assertThat(ErrorProblems.problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE).getProperties())
                .containsEntry("code", "header_too_large");
        assertThat(ErrorProblems.problem(HttpStatus.NOT_ACCEPTABLE).getProperties())
                .containsEntry("code", "not_acceptable");
    }
}
