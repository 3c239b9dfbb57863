package dev.roster.defaults.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Drops a pool's idle connections once one of them turned out dead: when the server cut or restarted, all of
 * them are, and a connection returned to HikariCP less than half a second ago is handed out again without a
 * check, so each retry would otherwise meet the next dead one. In-use connections go when they come back.
 * Nothing happens for a data source that is not HikariCP's.
 */
public final class IdleConnections {

    private IdleConnections() {
    }

    public static void evictAfterALostConnection(DataSource dataSource) {
        try {
            if (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException notAPool) {
            // nothing to evict
        }
    }
}
