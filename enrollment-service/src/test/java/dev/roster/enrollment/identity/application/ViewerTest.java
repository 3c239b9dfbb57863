package dev.roster.enrollment.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.identity.domain.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ViewerTest {

    private final LearnerId someone = new LearnerId(UUID.randomUUID());

    @Test
    void treatsOnlyAnAdminAccountAsAdmin() {
        assertThat(new Viewer.Account(someone, Role.ADMIN).isAdmin()).isTrue();
        assertThat(new Viewer.Account(someone, Role.LEARNER).isAdmin()).isFalse();
        assertThat(new Viewer.TrustedService("notification-service").isAdmin())
                .as("a trusted service reads contacts but administers nothing").isFalse();
    }

    @Test
    void namesTheAccountOfAnAccountAndNoneOfAService() {
        assertThat(new Viewer.Account(someone, Role.LEARNER).accountId()).contains(someone);
        assertThat(new Viewer.TrustedService("notification-service").accountId()).isEmpty();
    }
}
