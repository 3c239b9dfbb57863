package dev.roster.enrollment.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches requests for a path no handler of this server maps, whatever the method: controllers,
 * the error page and actuator endpoints served on this port all count. Security lets these
 * through so that Spring MVC answers 404 (an unknown address is not a question of credentials),
 * while every mapped path stays denied unless a rule allows it. No handler can run for them.
 *
 * <p>The actuator's handlers live in the management server's own context when it has its own
 * port, so on the API port {@code /actuator/**} is unknown, hence 404.
 */
final class UnroutedRequests implements RequestMatcher {

    private final ListableBeanFactory beans;
    private volatile List<PathPattern> routes;

    UnroutedRequests(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        PathContainer path;
        try {
            path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        } catch (IllegalArgumentException undecodable) {
            return false; // not ours to judge: the usual rules apply
        }
        return routes().stream().noneMatch(route -> route.matches(path));
    }

    /** The mapped paths; read once the handler mappings are complete, at the first request. */
    private List<PathPattern> routes() {
        List<PathPattern> known = routes;
        if (known == null) {
            known = beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .flatMap(info -> info.getPatternValues().stream())
                    .distinct()
                    .map(PathPatternParser.defaultInstance::parse)
                    .toList();
            routes = known;
        }
        return known;
    }
}
