package dev.roster.enrollment.pricing.adapter;

import dev.roster.enrollment.pricing.application.CouponAdminService;
import dev.roster.enrollment.pricing.application.NewCoupon;
import dev.roster.enrollment.pricing.domain.Coupon;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.web.PageResponse;
import dev.roster.enrollment.web.apidocs.Answers;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/coupons")
class CouponAdminController {

    private final CouponAdminService administration;

    CouponAdminController(CouponAdminService administration) {
        this.administration = administration;
    }

    record NewCouponRequest(String code, Integer percentOff, Instant validFrom, Instant validUntil,
                            Integer maxRedemptions) {
    }

    record CouponResponse(UUID id, String code, int percentOff, Instant validFrom, Instant validUntil,
                          int maxRedemptions, int redemptions) {
        static CouponResponse of(Coupon coupon) {
            return new CouponResponse(coupon.id().value(), coupon.code(), coupon.percentOff(), coupon.validFrom(),
                    coupon.validUntil(), coupon.maxRedemptions(), coupon.redemptions());
        }
    }

    @Answers(status = 201, problems = "409 coupon_code_taken")
    @PostMapping
    ResponseEntity<CouponResponse> create(@RequestBody NewCouponRequest request) {
        Coupon coupon = administration.create(new NewCoupon(request.code(), request.percentOff(), request.validFrom(),
                request.validUntil(), request.maxRedemptions()));
        return ResponseEntity.created(URI.create("/api/v1/admin/coupons/" + coupon.code()))
                .body(CouponResponse.of(coupon));
    }

    /** Every coupon, ordered by code; bad paging is a 400 {@code invalid_paging}. */
    @Answers(problems = "400 invalid_paging")
    @GetMapping
    PageResponse<CouponResponse> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        return PageResponse.of(administration.coupons(new PageRequest(page, size)).map(CouponResponse::of));
    }

    @Answers(problems = "404 coupon_not_found")
    @GetMapping("/{code}")
    CouponResponse one(@PathVariable String code) {
        return CouponResponse.of(administration.coupon(code));
    }
}
