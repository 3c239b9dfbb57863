package dev.roster.testkit.invariants;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads every charge a running payment-sandbox holds ({@code GET /v1/charges}), for the invariants. */
public final class SandboxCharges {

    private SandboxCharges() {
    }

    public static List<ProviderChargeRecord> fetch(URI baseUrl, String apiKey) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/v1/charges"))
                .header("Authorization", "Bearer " + apiKey)
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the sandbox answered " + response.statusCode() + ": " + response.body());
            }
            List<ProviderChargeRecord> charges = new ArrayList<>();
            for (JsonNode charge : JsonMapper.builder().build().readTree(response.body()).get("data")) {
                charges.add(new ProviderChargeRecord(charge.get("id").asString(),
                        charge.get("idempotency_key").asString(),
                        "succeeded".equals(charge.get("status").asString()),
                        charge.get("refunded").asBoolean(),
                        charge.get("amount").asLong(),
                        charge.get("currency").asString().toUpperCase(java.util.Locale.ROOT)));
            }
            return charges;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sandbox's charges at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
