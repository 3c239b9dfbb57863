package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.PurchaseRefusedException;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.purchase.domain.EnrollmentId;
import dev.roster.enrollment.purchase.domain.EnrollmentStatus;
import dev.roster.enrollment.purchase.domain.Price;
import dev.roster.enrollment.shared.Money;
import dev.roster.enrollment.shared.Page;
import dev.roster.enrollment.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcEnrollments implements Enrollments {

    private static final String COLUMNS = """
            id, learner_id, course_id, status, list_price_minor, discount_minor, total_minor, currency,
            price_lines, coupon_code, created_at, hold_expires_at, charge_id, confirmed_at, reason""";

    /** A discount line as stored in {@code price_lines}. */
    record StoredLine(String rule, long amountMinor) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcEnrollments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(Enrollment e) {
        Price price = e.price();
        try {
            jdbc.sql("""
                            INSERT INTO enrollment (id, learner_id, course_id, status, list_price_minor, discount_minor,
                                                    total_minor, currency, price_lines, coupon_code, created_at,
                                                    hold_expires_at, updated_at)
                            VALUES (:id, :learner, :course, :status, :list, :discount, :total, :currency,
                                    CAST(:lines AS jsonb), :coupon, :createdAt, :holdExpiresAt, :createdAt)""")
                    .param("id", e.id().value())
                    .param("learner", e.learnerId().value())
                    .param("course", e.courseId().value())
                    .param("status", e.status().name())
                    .param("list", price.listPrice().amountMinor())
                    .param("discount", price.discount().amountMinor())
                    .param("total", price.total().amountMinor())
                    .param("currency", price.currency().getCurrencyCode())
                    .param("lines", json.writeValueAsString(price.lines().stream()
                            .map(line -> new StoredLine(line.rule(), line.amount().amountMinor())).toList()))
                    .param("coupon", e.couponCode().orElse(null))
                    .param("createdAt", Timestamp.from(e.createdAt()))
                    .param("holdExpiresAt", Timestamp.from(e.holdExpiresAt()))
                    .update();
        } catch (DuplicateKeyException duplicate) {
            // the partial unique index on active enrollments decides, even between concurrent requests
            throw new PurchaseRefusedException("already_enrolled");
        }
    }

    @Override
    public Optional<Enrollment> findById(EnrollmentId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enrollment WHERE id = :id")
                .param("id", id.value())
                .query(this::toEnrollment)
                .optional();
    }

    @Override
    public boolean hasActive(LearnerId learner, CourseId course) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM enrollment WHERE learner_id = :learner AND course_id = :course
                                          AND status IN ('PENDING_PAYMENT', 'CONFIRMED'))""")
                .param("learner", learner.value())
                .param("course", course.value())
                .query(Boolean.class).single();
    }

    @Override
    public Page<Enrollment> ofLearner(LearnerId learner, PageRequest request) {
        List<Enrollment> items = jdbc.sql("SELECT " + COLUMNS + """
                         FROM enrollment WHERE learner_id = :learner
                        ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("learner", learner.value())
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(this::toEnrollment).list();
        long total = jdbc.sql("SELECT count(*) FROM enrollment WHERE learner_id = :learner")
                .param("learner", learner.value()).query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public boolean transition(Enrollment current, Enrollment next, Instant now) {
        return jdbc.sql("""
                        UPDATE enrollment
                           SET status = :next, charge_id = :chargeId, confirmed_at = :confirmedAt, reason = :reason,
                               updated_at = :now, reconcile_lease_until = NULL
                         WHERE id = :id AND status = :current""")
                .param("id", current.id().value())
                .param("current", current.status().name())
                .param("next", next.status().name())
                .param("chargeId", next.chargeId().orElse(null))
                .param("confirmedAt", next.confirmedAt().map(Timestamp::from).orElse(null))
                .param("reason", next.reason().orElse(null))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public List<Enrollment> claimPending(Instant now, Duration minAge, Duration lease, int limit) {
        return claim("status = 'PENDING_PAYMENT' AND created_at <= :since", "created_at", now.minus(minAge), now,
                lease, limit);
    }

    @Override
    public void markRefundPending(EnrollmentId id, Instant now) {
        jdbc.sql("UPDATE enrollment SET refund_status = 'PENDING', updated_at = :now WHERE id = :id")
                .param("id", id.value()).param("now", Timestamp.from(now)).update();
    }

    @Override
    public void markRefunded(EnrollmentId id, String refundId, Instant now) {
        jdbc.sql("""
                        UPDATE enrollment SET refund_status = 'REFUNDED', refund_id = :refundId, updated_at = :now,
                                              reconcile_lease_until = NULL
                         WHERE id = :id""")
                .param("id", id.value()).param("refundId", refundId).param("now", Timestamp.from(now)).update();
    }

    @Override
    public boolean recordChargeToRefund(EnrollmentId id, String chargeId, Instant now) {
        return jdbc.sql("""
                        UPDATE enrollment SET charge_id = :chargeId, refund_status = 'PENDING', updated_at = :now,
                                              reconcile_lease_until = NULL
                         WHERE id = :id AND status IN ('REJECTED', 'EXPIRED') AND charge_id IS NULL""")
                .param("id", id.value()).param("chargeId", chargeId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public List<Enrollment> claimExpiredUnpaid(Instant now, Duration window, Duration lease, int limit) {
        return claim("status = 'EXPIRED' AND charge_id IS NULL AND updated_at > :since", "updated_at",
                now.minus(window), now, lease, limit);
    }

    @Override
    public List<Enrollment> claimPendingRefunds(Instant now, Duration lease, int limit) {
        return claim("refund_status = 'PENDING' AND charge_id IS NOT NULL", "updated_at", null, now, lease, limit);
    }

    /**
     * Leases up to {@code limit} rows matching {@code condition} that no other instance holds, oldest
     * {@code orderBy} first, in one statement: {@code FOR UPDATE SKIP LOCKED} lets concurrent claimers
     * (other instances) pass over each other's rows instead of taking them twice. {@code since} is
     * bound as {@code :since} when the condition uses it (null when it does not).
     */
    private List<Enrollment> claim(String condition, String orderBy, Instant since, Instant now, Duration lease,
                                   int limit) {
        JdbcClient.StatementSpec claim = jdbc.sql("UPDATE enrollment SET reconcile_lease_until = :leaseUntil WHERE id IN ("
                        + "SELECT id FROM enrollment WHERE " + condition
                        + " AND (reconcile_lease_until IS NULL OR reconcile_lease_until < :now)"
                        + " ORDER BY " + orderBy + " LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .param("leaseUntil", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit);
        if (since != null) {
            claim = claim.param("since", Timestamp.from(since));
        }
        return claim.query(this::toEnrollment).list();
    }

    private Enrollment toEnrollment(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        List<Price.Line> lines = json.readValue(rs.getString("price_lines"), new TypeReference<List<StoredLine>>() {
        }).stream().map(line -> new Price.Line(line.rule(), new Money(line.amountMinor(), currency))).toList();
        // discount_minor is stored for reports; the price derives it from the list price and the total
        Price price = new Price(new Money(rs.getLong("list_price_minor"), currency), lines,
                new Money(rs.getLong("total_minor"), currency));
        Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
        return new Enrollment(
                new EnrollmentId(rs.getObject("id", UUID.class)),
                new LearnerId(rs.getObject("learner_id", UUID.class)),
                new CourseId(rs.getObject("course_id", UUID.class)),
                EnrollmentStatus.valueOf(rs.getString("status")),
                price,
                Optional.ofNullable(rs.getString("coupon_code")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("hold_expires_at").toInstant(),
                Optional.ofNullable(rs.getString("charge_id")),
                Optional.ofNullable(confirmedAt).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("reason")));
    }
}
