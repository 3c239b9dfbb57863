-- The retention purges (roster.notification.retention.*) find their rows by age.
CREATE INDEX processed_message_by_time ON processed_message (processed_at);
CREATE INDEX sent_email_by_time ON sent_email (sent_at);
