package dev.roster.enrollment.identity.adapter;

import dev.roster.enrollment.identity.application.IdentityService;
import dev.roster.enrollment.identity.application.SignUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the administrator named by {@code roster.admin.email} / {@code roster.admin.password} ({@link AdminProperties})
 * (env {@code ROSTER_ADMIN_EMAIL}, {@code ROSTER_ADMIN_PASSWORD}) on first start. Without them no
 * administrator is created. The password must pass the same policy as any other.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final IdentityService identity;
    private final String email;
    private final String password;
    private final boolean announcePassword;

    AdminBootstrap(IdentityService identity, AdminProperties admin) {
        this.identity = identity;
        this.email = admin.email();
        this.password = admin.password();
        this.announcePassword = admin.announcePassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(email)) {
            log.info("No administrator configured (set ROSTER_ADMIN_EMAIL and ROSTER_ADMIN_PASSWORD to create one)");
            return;
        }
        boolean created = identity.bootstrapAdmin(new SignUp(email, "Administrator", password)).isPresent();
        log.info("Administrator {}: {}", created ? "created" : "already present", email);
        if (announcePassword) {
            // only the local demo run turns this on, with its well-known demo password
            log.info("Log in as the administrator: curl -X POST localhost:8080/api/v1/sessions "
                    + "-H 'Content-Type: application/json' -d '{\"email\":\"{}\",\"password\":\"{}\"}'", email, password);
        }
    }
}
