package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.IssuedSession;
import dev.roster.enrollment.identity.domain.SessionToken;
import dev.roster.enrollment.web.apidocs.Answers;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SessionController {

    private final IdentityService identity;

    SessionController(IdentityService identity) {
        this.identity = identity;
    }

    record LogInRequest(String email, String password) {
        @Override
        public String toString() {
            return "LogInRequest[email=" + email + ", password=***]";
        }
    }

    record SessionResponse(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "SessionResponse[token=***, expiresAt=" + expiresAt + "]";
        }
    }

    @Answers(status = 201, anonymous = true, problems = {"401 invalid_credentials", "429 too_many_login_attempts"})
    @PostMapping("/api/v1/sessions")
    ResponseEntity<SessionResponse> logIn(@RequestBody LogInRequest request, HttpServletRequest http) {
        IssuedSession session = identity.logIn(request.email(), request.password(), http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new SessionResponse(session.token().value(), session.expiresAt()));
    }

    @Answers(status = 204)
    @DeleteMapping("/api/v1/sessions/current")
    ResponseEntity<Void> logOut(
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        // the filter has already authenticated this token, so it is well-formed
        String token = authorization.substring("Bearer ".length()).strip();
        identity.logOut(SessionToken.of(token));
        return ResponseEntity.noContent().build();
    }
}
