package dev.roster.enrollment.reporting.adapter;

import dev.roster.enrollment.reporting.application.SalesReportService;
import dev.roster.enrollment.reporting.domain.InvalidReportPeriodException;
import dev.roster.enrollment.web.Problems;
import dev.roster.enrollment.web.apidocs.Answers;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's reports. Security restricts /api/v1/admin/** to ADMIN. */
@RestController
@RequestMapping("/api/v1/admin/reports")
class SalesReportController {

    private final SalesReportService reporting;

    SalesReportController(SalesReportService reporting) {
        this.reporting = reporting;
    }

    /**
     * The dates arrive as text and are read by {@link dev.roster.enrollment.reporting.domain.ReportPeriod}
     * itself: Spring's date conversion would also take an offset ({@code 2026-01-01+02:00}) and drop it.
     */
    @Answers(problems = "400 invalid_period")
    @GetMapping("/sales")
    SalesReportResponse sales(@RequestParam(required = false) String from,
                              @RequestParam(required = false) String to) {
        return SalesReportResponse.of(reporting.sales(from, to));
    }

    /** Like any refused input (400), but naming the query parameter, so a form can show it next to the field. */
    @ExceptionHandler(InvalidReportPeriodException.class)
    ResponseEntity<ProblemDetail> invalidPeriod(InvalidReportPeriodException e) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        problem.setProperty("errors", List.of(Map.of("parameter", e.parameter(), "detail", e.reason())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
