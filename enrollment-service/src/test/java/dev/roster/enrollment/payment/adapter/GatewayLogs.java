package dev.roster.enrollment.payment.adapter;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the payment adapter logs under the gateway's logger name (operators' alerts key on it), captured. */
final class GatewayLogs {

    private GatewayLogs() {
    }

    /** Every event logged under the gateway's name while {@code work} ran. */
    static List<ILoggingEvent> loggedDuring(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger(HttpPaymentGateway.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            work.run();
        } finally {
            logger.detachAppender(logs);
        }
        return List.copyOf(logs.list);
    }
}
