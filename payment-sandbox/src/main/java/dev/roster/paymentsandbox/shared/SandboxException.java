package dev.roster.paymentsandbox.shared;

/** A request the sandbox refuses; the edge answers it with the error's status and body. */
public class SandboxException extends RuntimeException {

    private final SandboxError error;

    public SandboxException(SandboxError error) {
        super(error.message());
        this.error = error;
    }

    public SandboxError error() {
        return error;
    }
}
