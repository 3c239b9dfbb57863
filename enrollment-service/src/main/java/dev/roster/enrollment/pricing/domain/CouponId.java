package dev.roster.enrollment.pricing.domain;

import java.util.Objects;
import java.util.UUID;

public record CouponId(UUID value) {

    public CouponId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
