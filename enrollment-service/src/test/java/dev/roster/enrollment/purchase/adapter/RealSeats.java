package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.purchase.application.Seats;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test-only access to the production seat store for race tests outside this package. */
public final class RealSeats {

    private RealSeats() {
    }

    public static Seats on(JdbcClient jdbc) {
        return new JdbcSeats(jdbc);
    }
}
