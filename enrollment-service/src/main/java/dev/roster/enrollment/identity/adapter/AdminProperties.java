package dev.roster.enrollment.identity.adapter;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator created on first start, {@code roster.admin.*}. Without an email none is created.
 *
 * @param email            the administrator's email (env {@code ROSTER_ADMIN_EMAIL}); empty: no administrator
 * @param password         the administrator's password (env {@code ROSTER_ADMIN_PASSWORD}); it must pass the same
 *                         policy as any other, and is required with an email. Never logged, except as below
 * @param announcePassword print how to log in as the administrator, password included, at start: for the local
 *                         demo run and its well-known demo password only
 */
@Validated
@ConfigurationProperties("roster.admin")
public record AdminProperties(
        @DefaultValue("") String email,
        @DefaultValue("") String password,
        @DefaultValue("false") boolean announcePassword) {

    /** An email without a password would only fail later, at the first start, inside the sign-up. */
    @AssertTrue(message = "roster.admin.password must be set when roster.admin.email is")
    public boolean isPasswordGivenWithTheEmail() {
        return email == null || email.isBlank() || (password != null && !password.isBlank());
    }

    /** Leaves the password out, so logging the settings (or a binding failure) cannot leak it. */
    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", password=***, announcePassword=" + announcePassword + "]";
    }
}
