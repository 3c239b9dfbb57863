package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.domain.CourseId;
import dev.roster.enrollment.catalog.domain.CourseStatus;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.SeatsContract;
import dev.roster.enrollment.testsupport.ServiceIT;
import dev.roster.enrollment.testsupport.TestDatabase;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purchase's {@link Seats} as wired: answered by the catalog on its {@code course} table in PostgreSQL,
 * held to the same {@link SeatsContract} as the in-memory fake.
 */
@ServiceIT
@Guards(Risk.REPOSITORY_FAILS_ON_REAL_DATABASE)
class CatalogSeatsIT extends SeatsContract {

    @Autowired Seats seats;
    @Autowired DataSource dataSource;

    private JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.emptied();
        jdbc = JdbcClient.create(dataSource);
    }

    @Override
    protected Seats seats() {
        return seats;
    }

    @Override
    protected CourseId aCourse(int capacity, int taken, CourseStatus status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO course (id, code, title, price_minor, currency, capacity, seats_taken, status, starts_at)
                        VALUES (:id, :code, 'Course', 5000, 'EUR', :capacity, :taken, :status, now())""")
                .param("id", id).param("code", id.toString().substring(0, 30)).param("capacity", capacity)
                .param("taken", taken).param("status", status.name()).update();
        return new CourseId(id);
    }

    @Override
    protected int taken(CourseId course) {
        return jdbc.sql("SELECT seats_taken FROM course WHERE id = :id").param("id", course.value())
                .query(Integer.class).single();
    }
}
