package dev.roster.defaults.database;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;

/** Says at start-up which configured database server the service uses, without its credentials. */
final class ConfiguredDatabaseLog implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredDatabaseLog.class);

    private final String url;

    ConfiguredDatabaseLog(String url) {
        this.url = url;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
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
