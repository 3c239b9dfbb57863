/**
 * notification-service: consumes enrollment events from RabbitMQ, fetches the learner's contact
 * from enrollment-service and sends exactly one email per event. Only the module's place in the
 * build exists so far; the service itself is the subject of the confirmation-events issue.
 */
package dev.roster.notification;
