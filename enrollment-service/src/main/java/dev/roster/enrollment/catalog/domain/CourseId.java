package dev.roster.enrollment.catalog.domain;

import java.util.Objects;
import java.util.UUID;

public record CourseId(UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
