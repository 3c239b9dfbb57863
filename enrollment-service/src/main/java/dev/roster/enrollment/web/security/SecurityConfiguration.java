package dev.roster.enrollment.web.security;

import dev.roster.enrollment.web.ProblemWriter;
import dev.roster.enrollment.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Stateless bearer-token security: no cookies, so no CSRF tokens; no server-side HTTP session.
 * The browser pages keep the token in {@code sessionStorage} and send it as a header, which another
 * site's form or script cannot make a browser send (CsrfAndHeadersIT proves a cross-site form post is
 * refused and no cookie is ever set). Every refusal is a problem document like any other error.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * On every response, pages and API alike: only this origin's own scripts, styles, images and
     * connections; no inline script or style, no plugins, no {@code <base>}, no framing, forms post only
     * here. An injected {@code <script>} or {@code onclick} cannot run even if escaping ever failed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /**
     * Swagger UI's files only: the same policy but inline styles, which its bundle applies at run time
     * (blocked, they break its layout); scripts stay this origin's own files. docs/decisions.md says why.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
            "style-src 'self' 'unsafe-inline';");
    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    private static final String[] STATIC_PAGES = {"/", "/*.html", "/favicon.ico", "/assets/**"};

    /** The OpenAPI document and Swagger UI (springdoc; web.apidocs): readable by anyone, like the pages. */
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, BearerAuthenticator authenticator, ProblemWriter problems,
                            ListableBeanFactory beans) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                                new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .addFilterBefore(new BearerTokenFilter(authenticator), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // first, so that an unknown address is 404 for anyone, not 401
                        .requestMatchers(new UnroutedRequests(beans)).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/courses", "/api/v1/courses/{id}").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/courses", "/api/v1/courses/{id}").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/learners", "/api/v1/sessions").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/learners/{id}").hasAnyRole("LEARNER", "ADMIN", "SERVICE")
                        .requestMatchers("/api/v1/**").hasAnyRole("LEARNER", "ADMIN")
                        // the probes (also on the API port as /livez and /readyz) are open to anyone
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/livez", "/readyz").permitAll()
                        // only reached if the actuator shares the API port (management.server.port
                        // unset): metrics then need the administrator, never anyone
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/error").permitAll()
                        // the browser pages and their assets (web.pages.StaticPagesConfiguration)
                        .requestMatchers(HttpMethod.GET, STATIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, STATIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, API_DOCS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, API_DOCS).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challengeFor(request));
                            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "A valid bearer token is required: log in with POST /api/v1/sessions.");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "forbidden", "This needs a role you do not have.")))
                .build();
    }

    /** RFC 6750: a presented token that authenticates nobody is an invalid_token. */
    private static String challengeFor(HttpServletRequest request) {
        return BearerTokenFilter.bearerToken(request).isPresent()
                ? Problems.BEARER_CHALLENGE + ", error=\"invalid_token\"" : Problems.BEARER_CHALLENGE;
    }

    /**
     * Requests Spring Security's firewall refuses ({@code ..}, {@code ;}, {@code //}, an encoded
     * {@code %} or {@code /}, an unknown method...) answer a problem like every other error,
     * without repeating what was refused.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, e) -> {
            log.debug("Firewall rejected a request: {}", e.getMessage());
            problems.write(response, HttpStatus.BAD_REQUEST, "request_rejected",
                    "The request was rejected: its path or method is not allowed.");
        };
    }
}
