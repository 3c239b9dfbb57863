package dev.roster.enrollment.web.security;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Stateless bearer-token security: no cookies, so no CSRF tokens; no server-side HTTP session.
 * Every refusal is a problem document like any other error.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, IdentityService identity, ProblemWriter problems,
                            @Value("${roster.service-token:}") String serviceToken) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(identity, serviceToken), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/courses", "/api/v1/courses/{id}").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/learners", "/api/v1/sessions").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/learners/{id}").hasAnyRole("LEARNER", "ADMIN", "SERVICE")
                        .requestMatchers("/api/v1/**").hasAnyRole("LEARNER", "ADMIN")
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "A valid bearer token is required: log in with POST /api/v1/sessions."))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "forbidden", "This needs a role you do not have.")))
                .build();
    }
}
