package dev.roster.enrollment.web;

import dev.roster.enrollment.shared.Page;
import java.util.List;

/** A page of a listing as the API shows it. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
