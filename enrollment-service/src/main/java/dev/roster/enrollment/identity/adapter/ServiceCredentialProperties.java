package dev.roster.enrollment.identity.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The credential another Roster service presents, {@code roster.service-token} (a name kept from before
 * the settings were records: scripts and the notification service's documentation use it).
 *
 * @param serviceToken the bearer token notification-service presents to read learners' contact fields; it must
 *                     equal notification-service's {@code roster.notification.service-token}. Empty: no service is
 *                     trusted. Never logged
 */
@ConfigurationProperties("roster")
public record ServiceCredentialProperties(@DefaultValue("") String serviceToken) {

    /** Leaves the token out, so logging the settings (or a binding failure) cannot leak it. */
    @Override
    public String toString() {
        return "ServiceCredentialProperties[serviceToken=***]";
    }
}
