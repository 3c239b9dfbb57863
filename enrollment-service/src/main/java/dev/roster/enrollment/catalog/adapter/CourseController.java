package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.web.PageResponse;
import dev.roster.enrollment.web.apidocs.Answers;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/courses")
class CourseController {

    private final CatalogService catalog;

    CourseController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Answers(anonymous = true, problems = "400 invalid_paging")
    @GetMapping
    PageResponse<CourseResponse> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        return PageResponse.of(catalog.browse(new PageRequest(page, size)).map(CourseResponse::of));
    }

    @Answers(anonymous = true, problems = "404 course_not_found")
    @GetMapping("/{id}")
    CourseResponse one(@PathVariable UUID id) {
        return CourseResponse.of(catalog.course(new CourseId(id)));
    }
}
