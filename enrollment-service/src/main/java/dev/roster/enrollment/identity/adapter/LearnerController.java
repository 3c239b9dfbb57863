package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.SignUp;
import dev.roster.enrollment.identity.application.Viewer;
import dev.roster.enrollment.identity.domain.Learner;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.shared.FieldError;
import dev.roster.enrollment.shared.ValidationException;
import dev.roster.enrollment.web.apidocs.Answers;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LearnerController {

    private final IdentityService identity;

    LearnerController(IdentityService identity) {
        this.identity = identity;
    }

    record SignUpRequest(String email, String name, String password) {
        @Override
        public String toString() {
            return "SignUpRequest[email=" + email + ", name=" + name + ", password=***]";
        }
    }

    /** A learner as the API shows it: never the password or its hash. */
    record LearnerResponse(UUID id, String email, String name, boolean member, Instant createdAt) {
        static LearnerResponse of(Learner learner) {
            return new LearnerResponse(learner.id().value(), learner.email().value(), learner.name(),
                    learner.member(), learner.createdAt());
        }
    }

    record MemberRequest(Boolean member) {
    }

    @Answers(status = 201, anonymous = true, problems = "409 email_taken")
    @PostMapping("/api/v1/learners")
    ResponseEntity<LearnerResponse> signUp(@RequestBody SignUpRequest request) {
        Learner learner = identity.signUp(new SignUp(request.email(), request.name(), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/learners/" + learner.id().value()))
                .body(LearnerResponse.of(learner));
    }

    @Answers(problems = "404 learner_not_found")
    @GetMapping("/api/v1/learners/me")
    LearnerResponse me(@AuthenticationPrincipal(errorOnInvalidType = true) Viewer.Account viewer) {
        return LearnerResponse.of(identity.learner(viewer.learnerId(), viewer));
    }

    @Answers(problems = "404 learner_not_found")
    @GetMapping("/api/v1/learners/{id}")
    LearnerResponse one(@AuthenticationPrincipal Viewer viewer, @PathVariable UUID id) {
        return LearnerResponse.of(identity.learner(new LearnerId(id), viewer));
    }

    @Answers(problems = "404 learner_not_found")
    @PutMapping("/api/v1/admin/learners/{id}/member")
    LearnerResponse setMember(@PathVariable UUID id, @RequestBody MemberRequest request) {
        if (request.member() == null) {
            throw new ValidationException(List.of(
                    new FieldError("/member", "member must be true or false")));
        }
        return LearnerResponse.of(identity.setMember(new LearnerId(id), request.member()));
    }
}
