package dev.roster.journeys.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub Actions workflow is code nobody runs here (no runner on this machine), so it is read
 * and checked: its stages come in the promised order, each calls a stage the {@code roster} script
 * really has, and every stage that touches a database or a broker gets both as service containers.
 * A workflow naming a stage the script lost, or a stage without its PostgreSQL, fails here rather
 * than on the first push.
 */
class CheckedWorkflowTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> STAGES = List.of("unit-and-mutation", "integration", "contracts", "end-to-end",
            "risk-map-gate");
    private static final Pattern ROSTER_TEST = Pattern.compile("\\./roster test(?: ([a-z0-9]+))?");

    private static Map<String, Map<String, Object>> jobs;
    private static Map<String, Object> workflowEnv;
    private static String rosterScript;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheWorkflow() throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(ROOT.resolve(".github/workflows/ci.yml")));
        jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
        workflowEnv = (Map<String, Object>) workflow.get("env");
        rosterScript = Files.readString(ROOT.resolve("roster"));
    }

    @Test
    void runsTheStagesOneAfterAnotherInThePromisedOrder() {
        List<String> order = new ArrayList<>();
        String next = jobs.entrySet().stream().filter(job -> !job.getValue().containsKey("needs"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        while (next != null) {
            order.add(next);
            String current = next;
            next = jobs.entrySet().stream().filter(job -> current.equals(job.getValue().get("needs")))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        assertThat(order).containsExactlyElementsOf(STAGES);
        assertThat(jobs.keySet()).containsExactlyInAnyOrderElementsOf(STAGES);
    }

    @Test
    void callsOnlyTestStagesTheRosterScriptHas() {
        Map<String, String> stageOfJob = new LinkedHashMap<>();
        jobs.forEach((name, job) -> {
            Matcher command = ROSTER_TEST.matcher(String.join("\n", runCommands(job)));
            assertThat(command.find()).as("job %s runs a ./roster test command", name).isTrue();
            stageOfJob.put(name, command.group(1) == null ? "all" : command.group(1));
        });

        assertThat(stageOfJob).containsEntry("risk-map-gate", "all");
        stageOfJob.values().forEach(stage -> assertThat(rosterScript)
                .as("the roster script handles `test %s`", stage)
                .containsPattern("\\n\\s+" + stage + "\\)"));
    }

    @Test
    void givesEveryStageThatNeedsThemAPostgresqlAndARabbitmq() {
        assertThat(String.valueOf(workflowEnv.get("ROSTER_TEST_DATABASE_URL"))).startsWith("jdbc:postgresql://127.0.0.1:5432/");
        assertThat(String.valueOf(workflowEnv.get("ROSTER_TEST_RABBITMQ_URL"))).startsWith("amqp://").contains("@127.0.0.1:5672");
        STAGES.stream().filter(stage -> !stage.equals("unit-and-mutation")).forEach(stage -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> services = (Map<String, Object>) jobs.get(stage).get("services");
            assertThat(services).as("services of %s", stage).containsKeys("postgres", "rabbitmq");
            assertThat(String.valueOf(services.get("postgres"))).contains("5432:5432");
            assertThat(String.valueOf(services.get("rabbitmq"))).contains("5672:5672");
        });
    }

    @Test
    void setsUpTheJdkTheBuildNeedsWithTheMavenCache() {
        jobs.forEach((name, job) -> {
            Map<?, ?> setupJava = steps(job).stream()
                    .filter(step -> String.valueOf(step.get("uses")).startsWith("actions/setup-java@"))
                    .map(step -> (Map<?, ?>) step.get("with")).findFirst().orElseThrow();
            assertThat(Integer.parseInt(String.valueOf(setupJava.get("java-version")))).as(name).isGreaterThanOrEqualTo(21);
            assertThat(setupJava.get("cache")).as(name).isEqualTo("maven");
        });
    }

    @Test
    void keepsTheLocalEntryPointOnTheSameCommand() throws IOException {
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).containsPattern("\\nexec \\./roster test\\n");
    }

    private static List<String> runCommands(Map<String, Object> job) {
        return steps(job).stream().filter(step -> step.containsKey("run")).map(step -> String.valueOf(step.get("run")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }
}
