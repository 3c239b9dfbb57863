package dev.roster.journeys;

import java.util.List;

/** How the journeys point notification-service at the other parts of the system. */
final class NotificationSettings {

    private NotificationSettings() {
    }

    static List<String> arguments(String enrollmentServiceUrl, String serviceToken, String exchange, String queue) {
        return List.of(
                "--roster.notification.enrollment-service-url=" + enrollmentServiceUrl,
                "--roster.notification.service-token=" + serviceToken,
                "--roster.notification.exchange=" + exchange,
                "--roster.notification.queue=" + queue);
    }
}
