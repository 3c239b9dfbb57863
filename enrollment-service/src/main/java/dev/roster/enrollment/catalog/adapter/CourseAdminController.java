package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.catalog.application.CourseAdminService;
import dev.roster.enrollment.catalog.application.CourseChange;
import dev.roster.enrollment.catalog.application.NewCourse;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.shared.PageRequest;
import dev.roster.enrollment.web.MoneyRequest;
import dev.roster.enrollment.web.PageResponse;
import dev.roster.enrollment.web.apidocs.Answers;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's catalog: drafts included. Security restricts /api/v1/admin/** to ADMIN. */
@RestController
@RequestMapping("/api/v1/admin/courses")
class CourseAdminController {

    private final CourseAdminService administration;

    CourseAdminController(CourseAdminService administration) {
        this.administration = administration;
    }

    record NewCourseRequest(String code, String title, String description, MoneyRequest price, Integer capacity,
                            Instant startsAt, CourseStatus status) {
    }

    /** Every field optional; those given are changed together or not at all. */
    record CourseChangeRequest(String title, MoneyRequest price, Integer capacity, CourseStatus status) {
    }

    @Answers(status = 201, problems = "409 course_code_taken")
    @PostMapping
    ResponseEntity<CourseResponse> create(@RequestBody NewCourseRequest request) {
        MoneyRequest price = request.price() == null ? new MoneyRequest(null, "EUR") : request.price();
        Course course = administration.create(new NewCourse(request.code(), request.title(), request.description(),
                price.toMinorUnits("/price"), price.currencyCode("/price"), request.capacity(), request.startsAt(),
                request.status()));
        return ResponseEntity.created(URI.create("/api/v1/admin/courses/" + course.id()))
                .body(CourseResponse.of(course));
    }

    /**
     * Every course, drafts included; {@code status} filters. An unknown status is a 400
     * {@code invalid_parameter}, bad paging a 400 {@code invalid_paging}, as in the public catalog.
     */
    @Answers(problems = "400 invalid_paging")
    @GetMapping
    PageResponse<CourseResponse> list(
            @RequestParam(required = false) CourseStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        return PageResponse.of(administration.courses(Optional.ofNullable(status), new PageRequest(page, size))
                .map(CourseResponse::of));
    }

    @Answers(problems = "404 course_not_found")
    @GetMapping("/{id}")
    CourseResponse one(@PathVariable UUID id) {
        return CourseResponse.of(administration.course(new CourseId(id)));
    }

    @Answers(problems = {"404 course_not_found", "409 capacity_below_seats_taken", "400 capacity_negative",
            "400 course_status_required"})
    @PatchMapping("/{id}")
    CourseResponse change(@PathVariable UUID id, @RequestBody CourseChangeRequest request) {
        CourseChange.Price price = request.price() == null ? null : new CourseChange.Price(
                request.price().toMinorUnits("/price"), request.price().currencyCode("/price"));
        return CourseResponse.of(administration.change(new CourseId(id),
                new CourseChange(request.title(), price, request.capacity(), request.status())));
    }
}
