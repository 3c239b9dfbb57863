package dev.roster.paymentsandbox.charges.adapter;

import dev.roster.paymentsandbox.charges.application.ChargeService;
import dev.roster.paymentsandbox.charges.domain.Charge;
import dev.roster.paymentsandbox.charges.domain.ChargeParams;
import dev.roster.paymentsandbox.web.RequestOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/charges")
class ChargeController {

    private final ChargeService charges;

    ChargeController(ChargeService charges) {
        this.charges = charges;
    }

    @PostMapping
    ResponseEntity<Object> create(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody ChargeBody body, HttpServletRequest request) {
        ChargeParams params = ChargeParams.of(body.amount(), body.currency(), body.source(), body.description());
        return Replies.answer(charges.charge(idempotencyKey, params), request);
    }

    /** All charges, newest first; with {@code idempotency_key}, the one charge made with that key, if any. */
    @GetMapping
    ListResponse<ChargeResponse> list(@RequestParam(name = "idempotency_key", required = false) String idempotencyKey,
            HttpServletRequest request) {
        List<Charge> found = idempotencyKey == null
                ? charges.charges()
                : charges.chargeMadeWith(idempotencyKey).stream().toList();
        RequestOutcome.note(request, found.size() == 1 ? "1 charge" : found.size() + " charges");
        return ListResponse.of(found.stream().map(ChargeResponse::of).toList());
    }

    @GetMapping("/{id}")
    ChargeResponse one(@PathVariable String id, HttpServletRequest request) {
        Charge charge = charges.charge(id);
        RequestOutcome.note(request, "charge " + charge.status().wireName() + (charge.refunded() ? ", refunded" : ""));
        return ChargeResponse.of(charge);
    }
}
