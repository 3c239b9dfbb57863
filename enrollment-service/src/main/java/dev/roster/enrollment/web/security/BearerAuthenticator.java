package dev.roster.enrollment.web.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a bearer token authenticates (port, owned by web security, implemented by identity), so that
 * the filter and the security rules know no feature: they see an opaque principal and its roles.
 */
public interface BearerAuthenticator {

    /** The viewer behind the token, or empty when it authenticates nobody (unknown, expired, revoked). */
    Optional<Authenticated> authenticate(String bearerToken);

    /**
     * @param principal what controllers receive as {@code @AuthenticationPrincipal}
     * @param roles     the role names the security rules check ({@code LEARNER}, {@code ADMIN}, {@code SERVICE})
     */
    record Authenticated(Object principal, List<String> roles) {

        public Authenticated {
            Objects.requireNonNull(principal, "principal");
            roles = List.copyOf(roles);
        }
    }
}
