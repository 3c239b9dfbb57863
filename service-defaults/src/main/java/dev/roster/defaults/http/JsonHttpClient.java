package dev.roster.defaults.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A {@link RestClient} for one JSON API that authenticates with a bearer token (another Roster service, the
 * payment provider), built the same way by every service:
 * <ul>
 *   <li>from a clone of Spring Boot's auto-configured {@link RestClient.Builder}, so each request is observed
 *       ({@code http.client.requests} timer and trace) and no client changes another's builder;</li>
 *   <li>over a JDK {@link HttpClient} of its own, HTTP/1.1 (the servers here speak nothing else, and an h2c
 *       upgrade attempt only costs a round trip), with this client's connect and read timeouts. Boot's
 *       {@code ClientHttpRequestFactoryBuilder.jdk()} would create that client where nobody can close it;
 *       owning it lets {@link #close()} stop its selector thread with the adapter that used it.</li>
 * </ul>
 */
public final class JsonHttpClient implements AutoCloseable {

    private final HttpClient httpClient;
    private final RestClient rest;

    private JsonHttpClient(HttpClient httpClient, RestClient rest) {
        this.httpClient = httpClient;
        this.rest = rest;
    }

    /**
     * @param autoConfigured the application's {@link RestClient.Builder}; cloned, never changed
     * @param readTimeout    per request, from sending it to the response
     */
    public static JsonHttpClient create(RestClient.Builder autoConfigured, URI baseUrl, String bearerToken,
                                        Duration connectTimeout, Duration readTimeout) {
        Objects.requireNonNull(autoConfigured, "autoConfigured");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(bearerToken, "bearerToken");
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(httpClient);
        requests.setReadTimeout(readTimeout);
        RestClient rest = autoConfigured.clone()
                .requestFactory(requests)
                .baseUrl(baseUrl.toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
        return new JsonHttpClient(httpClient, rest);
    }

    public RestClient rest() {
        return rest;
    }

    @Override
    public void close() {
        httpClient.close();
    }
}
