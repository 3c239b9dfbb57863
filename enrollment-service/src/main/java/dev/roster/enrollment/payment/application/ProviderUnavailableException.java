package dev.roster.enrollment.payment.application;

/** The provider could not be asked (down, slow, or answering nonsense); try again later. */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
