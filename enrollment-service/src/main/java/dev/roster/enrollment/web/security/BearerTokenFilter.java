package dev.roster.enrollment.web.security;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.Viewer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <token>} into a viewer: a trusted service when the token is
 * the configured service credential, else the account of an active session. An unknown, expired
 * or revoked token authenticates nobody; protected endpoints then answer 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final IdentityService identity;
    private final byte[] serviceToken;

    BearerTokenFilter(IdentityService identity, String serviceToken) {
        this.identity = identity;
        this.serviceToken = serviceToken == null || serviceToken.isBlank()
                ? null : serviceToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        bearerToken(request).flatMap(this::viewerFor).ifPresent(viewer -> {
            var authentication = new UsernamePasswordAuthenticationToken(viewer, null, authoritiesOf(viewer));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        });
        chain.doFilter(request, response);
    }

    private Optional<Viewer> viewerFor(String token) {
        if (serviceToken != null
                && MessageDigest.isEqual(serviceToken, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Viewer.TrustedService("notification-service"));
        }
        return identity.authenticate(token).map(Viewer.class::cast);
    }

    private static List<SimpleGrantedAuthority> authoritiesOf(Viewer viewer) {
        return switch (viewer) {
            case Viewer.TrustedService service -> List.of(new SimpleGrantedAuthority("ROLE_SERVICE"));
            case Viewer.Account account -> List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
        };
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String token = header.substring(PREFIX.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
