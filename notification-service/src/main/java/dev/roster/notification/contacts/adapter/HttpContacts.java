package dev.roster.notification.contacts.adapter;

import dev.roster.notification.delivery.application.Contacts;
import dev.roster.notification.delivery.application.TemporarilyUnavailableException;
import dev.roster.notification.delivery.domain.Contact;
import dev.roster.defaults.http.JsonHttpClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learners' contacts from enrollment-service: {@code GET /api/v1/learners/{id}} with
 * {@code Authorization: Bearer <service token>} (the HTTP pact in {@code contracts/pacts}), through the
 * declarative {@link LearnerApi} over a client from Spring Boot's builder ({@link JsonHttpClient}: observed as
 * {@code http.client.requests}).
 *
 * <ul>
 *   <li>200: the contact ({@code email}, {@code name}; other fields are ignored).</li>
 *   <li>404: the learner is unknown: empty, a permanent answer.</li>
 *   <li>5xx, 408, 429, a refused or reset connection, a timeout: tried again at once, up to
 *       {@code contact-attempts} in all, {@code contact-retry-delay} apart; then
 *       {@link TemporarilyUnavailableException}, and the event waits in the retry queue.</li>
 *   <li>401 or 403: the service token is wrong: a configuration error that only an operator can fix.
 *       Logged at ERROR and reported as {@link TemporarilyUnavailableException} without quick retries,
 *       so events wait in the retry queue until the token is fixed rather than being dropped.</li>
 *   <li>any other answer, or a 200 without a usable email: {@link IllegalStateException}; the event
 *       is redelivered up to the queue's delivery limit, then dead-lettered.</li>
 * </ul>
 */
public final class HttpContacts implements Contacts, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpContacts.class);

    private final JsonHttpClient client;
    private final LearnerApi learners;
    private final RetryTemplate retries;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** @param restClients Spring Boot's auto-configured builder (cloned, not changed) */
    public HttpContacts(RestClient.Builder restClients, URI baseUrl, String serviceToken, Duration connectTimeout,
                        Duration readTimeout, int attempts, Duration retryDelay) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(serviceToken, "serviceToken");
        this.client = JsonHttpClient.create(restClients, baseUrl, serviceToken, connectTimeout, readTimeout);
        this.learners = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client.rest())).build()
                .createClient(LearnerApi.class);
        this.retries = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(attempts - 1)
                .delay(retryDelay)
                .includes(TryAgain.class)
                .build());
    }

    @Override
    public Optional<Contact> contactOf(UUID learnerId) {
        Answer answer;
        try {
            answer = retries.execute(() -> fetch(learnerId));
        } catch (RetryException e) {
            Throwable last = e.getLastException() != null ? e.getLastException() : e;
            if (last instanceof TryAgain tryAgain) {
                throw new TemporarilyUnavailableException(
                        "enrollment-service did not answer the contact lookup: " + tryAgain.getMessage(), e);
            }
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(last);
        }
        return switch (answer.status()) {
            case 200 -> Optional.of(contactIn(answer));
            case 404 -> Optional.empty();
            case 401, 403 -> {
                log.error("enrollment-service refused notification-service's credential ({}): check that "
                        + "roster.notification.service-token equals enrollment-service's roster.service-token; "
                        + "events wait in the retry queue until then", answer.status());
                throw new TemporarilyUnavailableException(
                        "enrollment-service refused the service token (HTTP " + answer.status() + ")");
            }
            default -> throw new IllegalStateException(
                    "enrollment-service answered the contact lookup with HTTP " + answer.status());
        };
    }

    private Answer fetch(UUID learnerId) {
        Answer answer;
        try {
            ResponseEntity<byte[]> response = learners.learner(learnerId);
            answer = new Answer(response.getStatusCode().value(), response.getBody());
        } catch (RestClientResponseException e) {
            answer = new Answer(e.getStatusCode().value(), e.getResponseBodyAsByteArray());
        } catch (ResourceAccessException e) {
            throw new TryAgain(describe(e), e);
        }
        if (answer.status() >= 500 || answer.status() == 408 || answer.status() == 429) {
            throw new TryAgain("HTTP " + answer.status(), null);
        }
        return answer;
    }

    private Contact contactIn(Answer answer) {
        LearnerBody body;
        try {
            body = json.readValue(answer.body(), LearnerBody.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("enrollment-service answered 200 with a body that is not a learner", e);
        }
        if (body == null || body.email() == null) {
            throw new IllegalStateException("enrollment-service answered 200 with a learner without an email");
        }
        try {
            return new Contact(body.email(), body.name() == null ? "" : body.name());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("enrollment-service answered 200 with an unusable email address", e);
        }
    }

    private static String describe(ResourceAccessException e) {
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    @Override
    public void close() {
        client.close();
    }

    /** The fields of enrollment-service's learner response this service reads. */
    record LearnerBody(String email, String name) {
    }

    /** A status and the body as sent (empty when there was none). */
    record Answer(int status, byte[] body) {
        Answer {
            body = body == null ? new byte[0] : body;
        }
    }

    /** An attempt that may succeed if made again. */
    static final class TryAgain extends RuntimeException {
        TryAgain(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
