package dev.roster.notification.delivery.adapter;

import dev.roster.notification.delivery.application.ProcessedMessages;
import dev.roster.notification.delivery.domain.Email;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ProcessedMessages} in PostgreSQL: tables {@code processed_message} and {@code sent_email}. */
public class JdbcProcessedMessages implements ProcessedMessages {

    private final JdbcClient jdbc;

    public JdbcProcessedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement decides: the primary key makes a second insert of the same id a no-op, and a
     * concurrent one wait for the first transaction (then a no-op if it committed).
     */
    @Override
    public boolean claim(UUID eventId, String type, Instant processedAt) {
        return jdbc.sql("""
                        INSERT INTO processed_message (event_id, type, processed_at)
                        VALUES (:eventId, :type, :processedAt)
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", eventId)
                .param("type", type)
                .param("processedAt", Timestamp.from(processedAt))
                .update() == 1;
    }

    @Override
    public void recordSent(UUID eventId, Email email, Instant sentAt) {
        jdbc.sql("""
                        INSERT INTO sent_email (event_id, recipient, subject, message_id, sent_at)
                        VALUES (:eventId, :recipient, :subject, :messageId, :sentAt)""")
                .param("eventId", eventId)
                .param("recipient", email.to())
                .param("subject", email.subject())
                .param("messageId", email.messageId())
                .param("sentAt", Timestamp.from(sentAt))
                .update();
    }
}
