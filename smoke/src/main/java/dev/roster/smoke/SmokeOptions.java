package dev.roster.smoke;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What {@code ./roster smoke} was asked: the deployment's base URL, whether to buy (and cancel) a
 * seat, and the time the whole check may take.
 *
 * @param purchase  buy a seat with the sandbox's {@code tok_visa} and cancel it: only against a
 *                  deployment whose payment provider is the sandbox (a real provider refuses the token)
 * @param timeLimit the whole run's budget; every request waits at most what is left of it
 */
record SmokeOptions(URI baseUrl, boolean purchase, Duration timeLimit) {

    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    static final String USAGE = """
            usage: ./roster smoke URL [--purchase] [--time-limit SECONDS]
              URL           the deployment, e.g. http://localhost:8080
              --purchase    also buy a seat (token tok_visa) and cancel it: only against a sandbox provider
              --time-limit  seconds the whole check may take (default 30)""";

    /** Reads the command line; a {@link IllegalArgumentException} says what is wrong with it. */
    static SmokeOptions parse(List<String> args) {
        URI url = null;
        boolean purchase = false;
        Duration limit = DEFAULT_TIME_LIMIT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--purchase" -> purchase = true;
                case "--time-limit" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--time-limit needs a number of seconds");
                    }
                    limit = seconds(args.get(++i));
                }
                default -> {
                    if (arg.startsWith("-") || url != null) {
                        throw new IllegalArgumentException("unexpected argument: " + arg);
                    }
                    url = baseUrl(arg);
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("the deployment's URL is missing");
        }
        return new SmokeOptions(url, purchase, limit);
    }

    private static URI baseUrl(String text) {
        URI uri;
        try {
            uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("not a URL: " + text);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("not an http(s) base URL: " + text);
        }
        return uri;
    }

    private static Duration seconds(String text) {
        try {
            int seconds = Integer.parseInt(text);
            if (seconds < 1 || seconds > 600) {
                throw new IllegalArgumentException("--time-limit is 1 to 600 seconds, was " + text);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--time-limit needs a whole number of seconds, was " + text);
        }
    }
}
