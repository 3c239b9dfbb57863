package dev.roster.enrollment.payment.adapter;

import java.io.IOException;
import org.springframework.web.client.RestClient;

/** One HTTP answer of the provider, read whole (its bodies are small), sorted before any body is read. */
record HttpAnswer(int status, byte[] body) {

    static HttpAnswer read(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) throws IOException {
        return new HttpAnswer(response.getStatusCode().value(), response.getBody().readAllBytes());
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** 5xx: the provider's trouble; 409: a request with this key is still running there. */
    boolean isRetryable() {
        return status >= 500 || status == 409;
    }
}
