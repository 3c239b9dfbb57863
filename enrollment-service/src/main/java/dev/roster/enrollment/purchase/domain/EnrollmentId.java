package dev.roster.enrollment.purchase.domain;

import java.util.Objects;
import java.util.UUID;

public record EnrollmentId(UUID value) {

    public EnrollmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
