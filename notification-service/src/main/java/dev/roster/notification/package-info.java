/**
 * notification-service: consumes enrollment events from RabbitMQ, fetches the learner's contact
 * from enrollment-service and sends exactly one email per event.
 *
 * <ul>
 *   <li>{@code events}: the event message model, its parsing, and the AMQP side (topology, listener,
 *       acknowledgements, retry path and dead-lettering)</li>
 *   <li>{@code delivery}: the use case (processed check, contact, email) and its ports</li>
 *   <li>{@code contacts}: enrollment-service's learner API over HTTP</li>
 *   <li>{@code mail}: SMTP, and the local run's captured mail</li>
 *   <li>{@code platform}: configuration, database and clock</li>
 * </ul>
 */
package dev.roster.notification;
