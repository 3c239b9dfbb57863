package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseResult;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.DomainException;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.web.PageResponse;
import dev.roster.enrollment.web.Problems;
import dev.roster.enrollment.web.idempotency.IdempotencyKey;
import dev.roster.enrollment.web.idempotency.IdempotentRequests;
import dev.roster.enrollment.web.idempotency.RequestFingerprint;
import dev.roster.enrollment.web.security.CurrentViewer;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
class EnrollmentController {

    private final PurchaseService purchases;
    private final IdempotentRequests idempotency;
    private final JsonMapper json;

    EnrollmentController(PurchaseService purchases, IdempotentRequests idempotency, JsonMapper json) {
        this.purchases = purchases;
        this.idempotency = idempotency;
        this.json = json;
    }

    record PurchaseRequest(UUID courseId, String couponCode, String paymentToken) {
        @Override
        public String toString() {
            return "PurchaseRequest[courseId=" + courseId + ", couponCode=" + couponCode + ", paymentToken=***]";
        }
    }

    /**
     * Buys a seat. The answer (201 confirmed, 202 pending, 402 declined) is stored under the
     * learner's Idempotency-Key, so a retry gets it again without a second seat or charge.
     */
    @PostMapping("/api/v1/enrollments")
    ResponseEntity<String> purchase(@RequestHeader(value = "Idempotency-Key", required = false) String rawKey,
                                    @RequestBody PurchaseRequest request) {
        IdempotencyKey key = new IdempotencyKey(rawKey);
        LearnerId learner = CurrentViewer.account().learnerId();
        Purchase purchase = Purchase.of(learner, request.courseId(), request.couponCode(), request.paymentToken());
        String fingerprint = RequestFingerprint.of(String.valueOf(request.courseId()), request.couponCode(),
                request.paymentToken());

        return switch (idempotency.claim(learner.value(), key, fingerprint)) {
            case IdempotentRequests.Replay replay -> stored(replay.status(), replay.body());
            case IdempotentRequests.InProgress inProgress -> throw new DomainException(DomainException.Kind.CONFLICT,
                    "request_in_progress", "A request with this Idempotency-Key is still being processed.");
            case IdempotentRequests.Mismatch mismatch -> throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "idempotency_key_reused", "This Idempotency-Key was used for a different request.");
            case IdempotentRequests.Resume resume -> remember(learner, key,
                    PurchaseService.settled(purchases.enrollment(learner, new EnrollmentId(resume.enrollmentId()))));
            case IdempotentRequests.Fresh fresh -> {
                try {
                    PurchaseResult result = purchases.purchase(purchase,
                            enrollment -> idempotency.attach(learner.value(), key, enrollment.value()));
                    yield remember(learner, key, result);
                } catch (RuntimeException e) {
                    idempotency.abandon(learner.value(), key);
                    throw e;
                }
            }
        };
    }

    private ResponseEntity<String> remember(LearnerId learner, IdempotencyKey key, PurchaseResult result) {
        Enrollment enrollment = result.enrollment();
        int status;
        String body;
        switch (result) {
            case PurchaseResult.Confirmed confirmed -> {
                status = HttpStatus.CREATED.value();
                body = json.writeValueAsString(EnrollmentResponse.of(enrollment));
            }
            case PurchaseResult.Pending pending -> {
                status = HttpStatus.ACCEPTED.value();
                body = json.writeValueAsString(EnrollmentResponse.of(enrollment));
            }
            case PurchaseResult.Declined declined -> {
                status = HttpStatus.PAYMENT_REQUIRED.value();
                ProblemDetail problem = Problems.problem(HttpStatus.PAYMENT_REQUIRED,
                        enrollment.reason().orElse("payment_declined"), "The payment was declined; no seat was taken.");
                problem.setProperty("enrollmentId", enrollment.id().toString());
                body = json.writeValueAsString(problem);
            }
        }
        idempotency.complete(learner.value(), key, status, body);
        return stored(status, body);
    }

    private static ResponseEntity<String> stored(int status, String body) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status >= 400) {
            response.contentType(MediaType.APPLICATION_PROBLEM_JSON);
        } else {
            response.contentType(MediaType.APPLICATION_JSON);
            String id = body.replaceFirst("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
            if (id.length() == 36) {
                response.header(HttpHeaders.LOCATION, "/api/v1/enrollments/" + id);
            }
        }
        return response.body(body);
    }

    @GetMapping("/api/v1/enrollments")
    PageResponse<EnrollmentResponse> list(@RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        LearnerId learner = CurrentViewer.account().learnerId();
        return PageResponse.of(purchases.enrollments(learner, new PageRequest(page, size)).map(EnrollmentResponse::of));
    }

    @GetMapping("/api/v1/enrollments/{id}")
    EnrollmentResponse one(@PathVariable UUID id) {
        return EnrollmentResponse.of(purchases.enrollment(CurrentViewer.account().learnerId(), new EnrollmentId(id)));
    }

    @PostMapping("/api/v1/enrollments/{id}/cancel")
    EnrollmentResponse cancel(@PathVariable UUID id) {
        return EnrollmentResponse.of(purchases.cancel(CurrentViewer.account().learnerId(), new EnrollmentId(id)));
    }
}
