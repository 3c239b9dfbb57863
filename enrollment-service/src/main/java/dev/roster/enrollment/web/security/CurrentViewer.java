package dev.roster.enrollment.web.security;

import dev.roster.enrollment.identity.application.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The viewer of the current request, as the bearer-token filter authenticated it. */
public final class CurrentViewer {

    private CurrentViewer() {
    }

    /** Only called behind endpoints that require authentication, so a viewer is always there. */
    public static Viewer get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Viewer viewer) {
            return viewer;
        }
        throw new IllegalStateException("no authenticated viewer on this request");
    }

    public static Viewer.Account account() {
        if (get() instanceof Viewer.Account account) {
            return account;
        }
        throw new IllegalStateException("the viewer is a service, not an account");
    }
}
