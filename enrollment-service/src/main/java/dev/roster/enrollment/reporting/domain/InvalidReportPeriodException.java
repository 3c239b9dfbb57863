package dev.roster.enrollment.reporting.domain;

import dev.roster.enrollment.shared.DomainException;

/** A report asked for with a period it cannot have; names the query parameter at fault. */
public final class InvalidReportPeriodException extends DomainException {

    public static final String CODE = "invalid_period";

    private final String parameter;
    private final String reason;

    public InvalidReportPeriodException(String parameter, String reason) {
        super(Kind.INVALID_INPUT, CODE, parameter + " " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    /** The query parameter at fault: {@code from} or {@code to}. */
    public String parameter() {
        return parameter;
    }

    /** What is wrong with it, in words a client may show next to the field. */
    public String reason() {
        return reason;
    }
}
