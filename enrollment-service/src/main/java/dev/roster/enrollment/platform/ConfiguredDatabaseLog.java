package dev.roster.enrollment.platform;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Says at start-up which configured database server Roster uses, without its credentials. */
@Component
class ConfiguredDatabaseLog {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredDatabaseLog.class);

    private final String url;

    ConfiguredDatabaseLog(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @EventListener(ApplicationStartedEvent.class)
    void logDatabase() {
        if (StringUtils.hasText(url)) {
            log.info("Database: PostgreSQL from SPRING_DATASOURCE_URL at {}", withoutQuery(url));
        }
    }

    /** The query part of a JDBC URL may carry a password; the log never shows it. */
    static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        try {
            URI uri = URI.create(base.replaceFirst("^jdbc:", ""));
            return "jdbc:" + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getPath();
        } catch (IllegalArgumentException e) {
            return "(an unparseable URL)";
        }
    }
}
