package dev.roster.load.chaos;

import dev.roster.load.LoadSetup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clients of a chaos run: prepares courses and learners through the public API, writes {@code ready} to the
 * history's side file so the run script starts its fault clock, then runs one {@link ChaosClient} per learner for
 * the run's length and writes every request and answer to the history (JSON lines). Only loopback addresses.
 *
 * <p>System properties ({@code roster.chaos.*}): {@code baseUrls} (comma-separated), {@code history} (the file),
 * {@code seed}, {@code seconds} (180), {@code clients} (12), {@code courses} (150), {@code capacity} (4),
 * {@code timeoutPercent} (20), {@code latePercent} (5), {@code failingPercent} (10), {@code declinedPercent} (5), {@code adminEmail},
 * {@code adminPassword}.
 */
public final class ChaosClients {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChaosClients() {
    }

    public static void main(String[] args) throws Exception {
        List<URI> instances = Arrays.stream(System.getProperty("roster.chaos.baseUrls").split(","))
                .map(String::strip).filter(url -> !url.isEmpty()).map(URI::create).toList();
        Path history = Path.of(System.getProperty("roster.chaos.history"));
        long seed = Long.getLong("roster.chaos.seed", 1);
        long seconds = Long.getLong("roster.chaos.seconds", 180);
        int clients = Integer.getInteger("roster.chaos.clients", 12);
        TokenMix tokens = new TokenMix(Integer.getInteger("roster.chaos.timeoutPercent", 20),
                Integer.getInteger("roster.chaos.latePercent", 5), Integer.getInteger("roster.chaos.failingPercent", 10), Integer.getInteger("roster.chaos.declinedPercent", 5));

        LoadSetup.Prepared prepared = new LoadSetup(instances.getFirst().toString()).prepare(
                System.getProperty("roster.chaos.adminEmail", "load-admin@roster.local"),
                System.getProperty("roster.chaos.adminPassword", "Load-Admin-2026"),
                Integer.getInteger("roster.chaos.courses", 150), Integer.getInteger("roster.chaos.capacity", 4), clients);
        long startsAt = System.currentTimeMillis();
        long endsAt = startsAt + seconds * 1000;
        Files.writeString(Path.of(history + ".started"), Long.toString(startsAt));
        System.out.printf("chaos: %d clients over %d instance(s) for %d s, seed %d, tokens %s%n",
                clients, instances.size(), seconds, seed, tokens);

        try (BufferedWriter out = Files.newBufferedWriter(history)) {
            List<ChaosClient> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                running.add(new ChaosClient(client, prepared.learnerTokens().get(client), instances,
                        prepared.courseIds(), tokens, endsAt, seed * 1_000_003L + client, attempt -> write(out, attempt)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            running.forEach(pool::execute);
            pool.shutdown();
            // each client stops starting operations at the end; one in progress is retried for at most GIVE_UP_AFTER
            if (!pool.awaitTermination(seconds + ChaosClient.GIVE_UP_AFTER.toSeconds() * 3 + 60, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("the chaos clients did not finish in time");
            }
        }
        System.out.printf("chaos: clients done after %.1f s%n", (System.currentTimeMillis() - startsAt) / 1000.0);
    }

    private static void write(BufferedWriter out, Attempt attempt) {
        synchronized (out) {
            try {
                out.write(JSON.writeValueAsString(attempt));
                out.newLine();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
