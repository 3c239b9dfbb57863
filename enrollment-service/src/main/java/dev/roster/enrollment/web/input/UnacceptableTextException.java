package dev.roster.enrollment.web.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A body string refused by {@link dev.roster.enrollment.shared.Text}; Jackson adds the field's path. */
public final class UnacceptableTextException extends MismatchedInputException {

    private final String detail;

    UnacceptableTextException(JsonParser parser, String detail) {
        super(parser, "a string " + detail, String.class);
        this.detail = detail;
    }

    /** What is wrong with the text, for the client, e.g. "must not contain control characters". */
    public String detail() {
        return detail;
    }
}
