package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.identity.application.Viewer;
import dev.roster.enrollment.purchase.application.IdempotencyKey;
import dev.roster.enrollment.purchase.application.IdempotentPurchaseService;
import dev.roster.enrollment.purchase.application.Purchase;
import dev.roster.enrollment.purchase.application.PurchaseAnswer;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.RequestFingerprint;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.web.PageResponse;
import dev.roster.enrollment.web.Problems;
import dev.roster.enrollment.web.apidocs.Answers;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

    private final IdempotentPurchaseService purchases;
    private final PurchaseService enrollments;

    EnrollmentController(IdempotentPurchaseService purchases, PurchaseService enrollments) {
        this.purchases = purchases;
        this.enrollments = enrollments;
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
    @ApiResponse(responseCode = "201", description = "Confirmed: the seat is yours and paid",
            content = @Content(schema = @Schema(implementation = EnrollmentResponse.class)))
    @ApiResponse(responseCode = "202", description = "Pending: the provider's answer is late; reconciliation settles it",
            content = @Content(schema = @Schema(implementation = EnrollmentResponse.class)))
    @Answers(problems = {"400 idempotency_key_invalid", "402 payment_declined", "404 course_not_found",
            "409 course_not_open", "409 course_full", "409 already_enrolled", "409 request_in_progress",
            "422 coupon_invalid", "422 idempotency_key_reused"})
    @PostMapping("/api/v1/enrollments")
    ResponseEntity<String> purchase(@AuthenticationPrincipal Viewer.Account viewer,
                                    @Parameter(required = true, description = "Names this purchase: a retry with "
                                            + "the same key and body replays the first answer (1 to 255 visible ASCII characters)")
                                    @RequestHeader(value = "Idempotency-Key", required = false) String rawKey,
                                    @RequestBody PurchaseRequest request) {
        IdempotencyKey key = new IdempotencyKey(rawKey);
        Purchase purchase = Purchase.of(viewer.learnerId(), request.courseId(), request.couponCode(),
                request.paymentToken());
        // over the fields as sent: a retry must send the same request, not merely one that means the same
        String fingerprint = RequestFingerprint.of(String.valueOf(request.courseId()), request.couponCode(),
                request.paymentToken());
        PurchaseAnswer answer = purchases.purchase(key, fingerprint, purchase);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(answer.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON);
        answer.location().ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        return response.body(answer.body());
    }

    @Answers(problems = "400 invalid_paging")
    @GetMapping("/api/v1/enrollments")
    PageResponse<EnrollmentResponse> list(@AuthenticationPrincipal Viewer.Account viewer,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        return PageResponse.of(enrollments.enrollments(viewer.learnerId(), new PageRequest(page, size))
                .map(EnrollmentResponse::of));
    }

    @Answers(problems = "404 enrollment_not_found")
    @GetMapping("/api/v1/enrollments/{id}")
    EnrollmentResponse one(@AuthenticationPrincipal Viewer.Account viewer, @PathVariable UUID id) {
        return EnrollmentResponse.of(enrollments.enrollment(viewer.learnerId(), new EnrollmentId(id)));
    }

    @Answers(problems = {"404 enrollment_not_found", "409 invalid_transition"})
    @PostMapping("/api/v1/enrollments/{id}/cancel")
    EnrollmentResponse cancel(@AuthenticationPrincipal Viewer.Account viewer, @PathVariable UUID id) {
        return EnrollmentResponse.of(enrollments.cancel(viewer.learnerId(), new EnrollmentId(id)));
    }
}
