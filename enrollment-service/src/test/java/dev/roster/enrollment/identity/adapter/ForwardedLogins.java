package dev.roster.enrollment.identity.adapter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Wrong-password logins sent one after another, each to another (unknown) account so the
 * per-account limit never speaks, each claiming with {@code X-Forwarded-For} to come from the
 * address the caller names: what an attacker behind no proxy at all would try to walk past the
 * per-address limit.
 */
final class ForwardedLogins {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ForwardedLogins(int port) {
        this.port = port;
    }

    /** The statuses of {@code count} failed logins, the i-th claiming to come from {@code forwardedFor(i)}. */
    List<Integer> send(int count, IntFunction<String> forwardedFor) throws IOException, InterruptedException {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"email\":\"nobody-" + i + "@example.com\",\"password\":\"Wrong-Guess-" + i + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessions"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", forwardedFor.apply(i))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            statuses.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        return statuses;
    }

    /** 203.0.113.0/24 is TEST-NET-3: documentation addresses, never a real client. */
    static String testNetAddress(int i) {
        return "203.0.113." + (i % 250 + 1);
    }
}
