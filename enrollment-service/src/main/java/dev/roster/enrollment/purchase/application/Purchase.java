package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.Text;
import dev.roster.enrollment.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A request to buy a seat, validated as a whole. */
public record Purchase(LearnerId learner, CourseId courseId, Optional<String> couponCode, String paymentToken) {

    public static final int MAX_TOKEN_LENGTH = 255;
    /** Longer than any coupon's code (64), short enough to be no burden to look up. */
    public static final int MAX_COUPON_CODE_LENGTH = 255;

    public static Purchase of(LearnerId learner, UUID courseId, String couponCode, String paymentToken) {
        List<FieldError> errors = new ArrayList<>();
        if (courseId == null) {
            errors.add(new FieldError("/courseId", "is required"));
        }
        if (paymentToken == null || paymentToken.isBlank()) {
            errors.add(new FieldError("/paymentToken", "is required"));
        } else if (paymentToken.length() > MAX_TOKEN_LENGTH) {
            errors.add(new FieldError("/paymentToken", "must be at most " + MAX_TOKEN_LENGTH + " characters"));
        } else {
            Text.checkLine("/paymentToken", paymentToken, errors);
        }
        if (couponCode != null && couponCode.length() > MAX_COUPON_CODE_LENGTH) {
            errors.add(new FieldError("/couponCode", "must be at most " + MAX_COUPON_CODE_LENGTH + " characters"));
        } else {
            Text.checkLine("/couponCode", couponCode, errors);
        }
        ValidationException.throwIfAny(errors);
        Optional<String> coupon = Optional.ofNullable(couponCode).map(String::strip).filter(code -> !code.isEmpty());
        return new Purchase(learner, new CourseId(courseId), coupon, paymentToken.strip());
    }

    @Override
    public String toString() {
        return "Purchase[learner=" + learner + ", courseId=" + courseId + ", couponCode=" + couponCode
                + ", paymentToken=***]";
    }
}
