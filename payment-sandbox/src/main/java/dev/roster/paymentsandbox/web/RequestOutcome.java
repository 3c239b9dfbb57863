package dev.roster.paymentsandbox.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A few words on how a request ended ("charge ch_... succeeded", "card_error/card_declined"),
 * left on the request for {@link RequestLogFilter} to write into its one line.
 */
public final class RequestOutcome {

    private static final String ATTRIBUTE = RequestOutcome.class.getName();

    private RequestOutcome() {
    }

    public static void note(HttpServletRequest request, String outcome) {
        request.setAttribute(ATTRIBUTE, outcome);
    }

    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String outcome ? outcome : "";
    }
}
