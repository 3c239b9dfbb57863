package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.application.PurchaseAnswer;
import dev.roster.enrollment.purchase.application.PurchaseAnswers;
import dev.roster.enrollment.purchase.application.PurchaseResult;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.web.Problems;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A purchase's result as the API answers it: 201 with the enrollment when confirmed, 202 when the
 * payment's outcome is pending, both with the enrollment's location; 402 with a problem when the
 * payment was declined. Serialized here once, so that the stored answer is what the client got.
 */
@Component
class JsonPurchaseAnswers implements PurchaseAnswers {

    private final JsonMapper json;

    JsonPurchaseAnswers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public PurchaseAnswer answerTo(PurchaseResult result) {
        Enrollment enrollment = result.enrollment();
        return switch (result) {
            case PurchaseResult.Confirmed confirmed -> enrollmentAnswer(HttpStatus.CREATED, enrollment);
            case PurchaseResult.Pending pending -> enrollmentAnswer(HttpStatus.ACCEPTED, enrollment);
            case PurchaseResult.Declined declined -> {
                ProblemDetail problem = Problems.problem(HttpStatus.PAYMENT_REQUIRED,
                        enrollment.reason().orElse("payment_declined"), "The payment was declined; no seat was taken.");
                problem.setProperty("enrollmentId", enrollment.id().toString());
                yield new PurchaseAnswer(HttpStatus.PAYMENT_REQUIRED.value(), Optional.empty(),
                        json.writeValueAsString(problem));
            }
        };
    }

    private PurchaseAnswer enrollmentAnswer(HttpStatus status, Enrollment enrollment) {
        return new PurchaseAnswer(status.value(), Optional.of("/api/v1/enrollments/" + enrollment.id()),
                json.writeValueAsString(EnrollmentResponse.of(enrollment)));
    }
}
