package dev.roster.enrollment.purchase.adapter;

import static dev.roster.enrollment.catalog.domain.CourseFixtures.aCourse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.catalog.domain.Course;
import dev.roster.enrollment.testsupport.Api;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.SqlRecording;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/**
 * The pgbench purchase script (src/test/resources/bench/purchase.pgbench, run by
 * benchmarks/db/pgbench-purchase) measures what the database allows for the SQL a purchase issues; this
 * test makes one real purchase through the API, records every statement and transaction boundary the
 * service sends to its DataSource while serving it, and holds the script to the same list, in order.
 * A changed query, a statement added or moved, a transaction split or merged: the script follows, or
 * this fails.
 */
@ServiceIT
@Import(SqlRecording.class)
@Guards(Risk.BENCHMARK_SQL_STALE)
class PurchaseBenchmarkSqlIT {

    private static final String SCRIPT = "/bench/purchase.pgbench";

    @Value("${local.server.port}") int port;
    @Autowired Courses courses;
    @Autowired SqlRecording.RecordedSql recorded;

    @Test
    void benchmarkIssuesTheSqlAPurchaseIssues() throws IOException {
        TestDatabase.emptied();
        Api api = new Api(port);
        String token = api.learnerToken("ada@example.com");
        Course course = aCourse().withCapacity(24).build();
        courses.addIfAbsent(course);
        recorded.clear();

        // the load test's purchase (PurchaseSimulation): no coupon, paid at once
        api.http().post().uri("/api/v1/enrollments").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "bench-1").header(SqlRecording.HEADER, "on")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("courseId", course.id().toString(), "paymentToken", "tok_visa"))
                .exchange().expectStatus().isCreated();

        List<String> service = recorded.statements().stream().map(PgbenchScript::normalised).toList();
        assertThat(service).as("what the purchase sent").contains("begin", "commit").hasSizeGreaterThan(10);
        assertThat(PgbenchScript.serviceStatements(script()))
                .as("the statements of %s (left) against those of a purchase (right)", SCRIPT)
                .containsExactlyElementsOf(service);
    }

    private static String script() throws IOException {
        try (InputStream in = PurchaseBenchmarkSqlIT.class.getResourceAsStream(SCRIPT)) {
            assertThat(in).as(SCRIPT).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
