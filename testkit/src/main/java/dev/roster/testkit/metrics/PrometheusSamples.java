package dev.roster.testkit.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One scrape of a Prometheus text exposition ({@code /actuator/prometheus}), read into samples: a series
 * (its name and labels, written as Prometheus writes it, labels in any order) and its value. Tests name the
 * series an operator relies on the way a dashboard does, e.g. {@code roster_purchases_total{outcome="declined"}}.
 */
public final class PrometheusSamples {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<Series, Double> samples;

    private PrometheusSamples(Map<Series, Double> samples) {
        this.samples = samples;
    }

    /** Scrapes {@code url} (expects 200) and reads what it answered. */
    public static PrometheusSamples scrape(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot scrape " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scraping " + url, e);
        }
    }

    /** Reads the text format: comments and blank lines skipped, one sample per other line. */
    public static PrometheusSamples parse(String exposition) {
        Map<Series, Double> samples = new LinkedHashMap<>();
        for (String line : exposition.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int end = trimmed.lastIndexOf('}');
            String series = end >= 0 ? trimmed.substring(0, end + 1) : trimmed.substring(0, trimmed.indexOf(' '));
            String[] rest = trimmed.substring(series.length()).strip().split(" ");
            samples.put(Series.of(series), Double.parseDouble(rest[0]));
        }
        return new PrometheusSamples(samples);
    }

    /** The value of exactly this series (the same name and the same labels), if the scrape has it. */
    public Optional<Double> value(String series) {
        return Optional.ofNullable(samples.get(Series.of(series)));
    }

    /** Whether some series of this name has all these labels (and perhaps more), e.g. a histogram bucket. */
    public boolean hasSeries(String name, Map<String, String> labels) {
        return seriesCount(name, labels) > 0;
    }

    /** How many series of this name have all these labels (and perhaps more), e.g. the buckets of a histogram. */
    public long seriesCount(String name, Map<String, String> labels) {
        return samples.keySet().stream().filter(series -> series.name().equals(name)
                && series.labels().entrySet().containsAll(labels.entrySet())).count();
    }

    /** A series: a metric name and its labels, sorted, so the order they were written in does not matter. */
    record Series(String name, Map<String, String> labels) {

        static Series of(String text) {
            int open = text.indexOf('{');
            if (open < 0) {
                return new Series(text.strip(), Map.of());
            }
            Map<String, String> labels = new TreeMap<>();
            String body = text.substring(open + 1, text.lastIndexOf('}'));
            int i = 0;
            while (i < body.length()) {
                int equals = body.indexOf('=', i);
                String key = body.substring(i, equals).strip();
                StringBuilder value = new StringBuilder();
                int j = equals + 2; // past ="
                for (; body.charAt(j) != '"'; j++) {
                    char c = body.charAt(j);
                    if (c == '\\') {
                        j++;
                        char escaped = body.charAt(j);
                        value.append(escaped == 'n' ? '\n' : escaped);
                    } else {
                        value.append(c);
                    }
                }
                labels.put(key, value.toString());
                i = j + 1;
                while (i < body.length() && (body.charAt(i) == ',' || body.charAt(i) == ' ')) {
                    i++;
                }
            }
            return new Series(text.substring(0, open).strip(), Map.copyOf(labels));
        }
    }
}
