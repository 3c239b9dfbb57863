package dev.roster.enrollment.identity.application;

/** A sign-up request as received; {@link IdentityService#signUp} validates it as a whole. */
public record SignUp(String email, String name, String password) {

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", name=" + name + ", password=***]";
    }
}
