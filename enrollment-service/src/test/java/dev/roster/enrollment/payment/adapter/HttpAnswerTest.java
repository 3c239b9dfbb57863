package dev.roster.enrollment.payment.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the adapter sorts the provider's HTTP statuses before reading a body: a success is mapped to an
 * outcome, a 5xx or a 409 is tried again under the same key, any other status is final.
 */
class HttpAnswerTest {

    @ParameterizedTest(name = "HTTP {0}: success {1}, retried {2}")
    @CsvSource({
            "199, false, false",
            "200, true,  false",
            "201, true,  false",
            "299, true,  false",
            "300, false, false",
            "400, false, false",
            "402, false, false",
            "408, false, false",
            "409, false, true",
            "410, false, false",
            "499, false, false",
            "500, false, true",
            "503, false, true",
    })
    void sortsTheProvidersStatuses(int status, boolean success, boolean retried) {
        HttpAnswer answer = new HttpAnswer(status, new byte[0]);

        assertThat(answer.isSuccess()).isEqualTo(success);
        assertThat(answer.isRetryable()).isEqualTo(retried);
    }
}
