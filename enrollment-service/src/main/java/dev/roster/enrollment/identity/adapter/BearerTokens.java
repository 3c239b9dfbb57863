package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.Viewer;
import dev.roster.enrollment.web.security.BearerAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who a bearer token is, for web security: a trusted service when the token is the configured
 * service credential ({@code roster.service-token}), else the account of an active session. The
 * principal is the {@link Viewer} controllers take as {@code @AuthenticationPrincipal}.
 */
@Component
class BearerTokens implements BearerAuthenticator {

    private final IdentityService identity;
    private final byte[] serviceToken;

    BearerTokens(IdentityService identity, ServiceCredentialProperties credential) {
        this.identity = identity;
        String serviceToken = credential.serviceToken();
        this.serviceToken = serviceToken == null || serviceToken.isBlank()
                ? null : serviceToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Authenticated> authenticate(String bearerToken) {
        // compared in constant time: how long a wrong guess takes must not tell how much of it was right
        if (serviceToken != null
                && MessageDigest.isEqual(serviceToken, bearerToken.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Authenticated(new Viewer.TrustedService("notification-service"),
                    List.of("SERVICE")));
        }
        return identity.authenticate(bearerToken)
                .map(account -> new Authenticated(account, List.of(account.role().name())));
    }
}
