package dev.roster.notification.contacts.adapter;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * enrollment-service's learner API as this service calls it: a declarative client, implemented by Spring's
 * {@code HttpServiceProxyFactory} over a {@code RestClient}. The body stays raw bytes: {@link HttpContacts}
 * decides what each status and body mean, with a reader of its own that ignores fields it does not use.
 */
@HttpExchange
interface LearnerApi {

    /** {@code 200} with the learner; a 4xx or 5xx answer is thrown as {@code RestClientResponseException}. */
    @GetExchange("/api/v1/learners/{id}")
    ResponseEntity<byte[]> learner(@PathVariable("id") UUID id);
}
