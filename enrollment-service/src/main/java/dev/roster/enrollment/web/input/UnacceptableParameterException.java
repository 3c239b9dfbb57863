package dev.roster.enrollment.web.input;

/** A query parameter or path variable refused by {@link dev.roster.enrollment.shared.Text}; answered with 400. */
public final class UnacceptableParameterException extends RuntimeException {

    private final String parameter;
    private final String detail;

    UnacceptableParameterException(String parameter, String detail) {
        super("parameter " + parameter + " " + detail);
        this.parameter = parameter;
        this.detail = detail;
    }

    /** The parameter's name, as the client sent it ("?" when the name itself is unacceptable). */
    public String parameter() {
        return parameter;
    }

    public String detail() {
        return detail;
    }
}
