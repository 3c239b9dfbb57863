package dev.roster.paymentsandbox.charges.adapter;

import dev.roster.paymentsandbox.charges.application.ChargeService;
import dev.roster.paymentsandbox.charges.domain.RefundParams;
import dev.roster.paymentsandbox.web.RequestOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/refunds")
class RefundController {

    private final ChargeService charges;

    RefundController(ChargeService charges) {
        this.charges = charges;
    }

    @PostMapping
    ResponseEntity<Object> create(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody RefundBody body, HttpServletRequest request) {
        return Replies.answer(charges.refund(idempotencyKey, new RefundParams(body.charge())), request);
    }

    /** All refunds, newest first, so that a test can count them. */
    @GetMapping
    ListResponse<RefundResponse> list(HttpServletRequest request) {
        List<RefundResponse> refunds = charges.refunds().stream().map(RefundResponse::of).toList();
        RequestOutcome.note(request, refunds.size() == 1 ? "1 refund" : refunds.size() + " refunds");
        return ListResponse.of(refunds);
    }
}
