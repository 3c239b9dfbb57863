package dev.roster.load;

import java.util.Arrays;
import java.util.List;

/**
 * The enrollment-service instances a simulation drives: {@code roster.load.baseUrls}, comma-separated
 * (the run script passes one per started instance), else {@code roster.load.baseUrl}. Gatling's
 * {@code http.baseUrls(...)} gives each virtual user the next one in turn, so the load is spread evenly;
 * the setup (courses, sign-ups) goes to the first.
 */
final class LoadTargets {

    private LoadTargets() {
    }

    static List<String> baseUrls() {
        String urls = System.getProperty("roster.load.baseUrls",
                System.getProperty("roster.load.baseUrl", "http://localhost:18080"));
        List<String> parsed = Arrays.stream(urls.split(",")).map(String::strip).filter(url -> !url.isEmpty()).toList();
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("roster.load.baseUrls names no enrollment-service: '" + urls + "'");
        }
        return parsed;
    }
}
