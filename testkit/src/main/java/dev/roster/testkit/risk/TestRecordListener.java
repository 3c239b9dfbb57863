package dev.roster.testkit.risk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one JSON line per executed test: its class, name, level, guarded risks, the risks it is a
 * broken-variant proof for, its quarantine, outcome and duration. Registered through {@code META-INF/services}, so every module whose tests put the
 * testkit on their class path records its runs without further set-up.
 *
 * <p>Records go to {@code <dir>/test-records-<pid>-<n>.jsonl}, where {@code <dir>} is the system
 * property {@value #DIRECTORY_PROPERTY} (the build sets it to the module's
 * {@code target/test-records}) or {@code target/test-records} under the working directory.
 * One file per test JVM keeps Surefire and Failsafe runs apart and needs no locking.
 */
public final class TestRecordListener implements TestExecutionListener {

    public static final String DIRECTORY_PROPERTY = "roster.test-records.dir";

    /** JUnit's seed for the random class and method orderers that the parent POM configures. */
    public static final String RANDOM_SEED_PARAMETER = "junit.jupiter.execution.order.random.seed";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final LongSupplier nanoTime;
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private BufferedWriter writer;
    private volatile TestPlan plan;

    /** Used by the JUnit Platform's service loading. */
    public TestRecordListener() {
        this(defaultDirectory(), System::nanoTime);
    }

    public TestRecordListener(Path directory, LongSupplier nanoTime) {
        this.directory = directory;
        this.nanoTime = nanoTime;
    }

    private static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return configured == null || configured.isBlank()
                ? Path.of("target", "test-records")
                : Path.of(configured);
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        if (!testPlan.containsTests()) {
            return;
        }
        plan = testPlan;
        // printed so that an order-dependent failure can be replayed (docs/testing.md, Determinism)
        testPlan.getConfigurationParameters().get(RANDOM_SEED_PARAMETER).ifPresent(seed -> System.out.println(
                "roster: random test order seed " + seed + " (replay with -Droster.test.seed=" + seed + ")"));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("test-records-%d-%d.jsonl"
                    .formatted(ProcessHandle.current().pid(), System.currentTimeMillis()));
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test records to " + directory, e);
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (writer == null) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer = null;
        }
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.isTest()) {
            startedAt.put(identifier.getUniqueId(), nanoTime.getAsLong());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest()) {
            write(identifier, "SKIPPED", 0);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!identifier.isTest()) {
            return;
        }
        Long start = startedAt.remove(identifier.getUniqueId());
        long durationMs = start == null ? 0 : (nanoTime.getAsLong() - start) / 1_000_000;
        write(identifier, result.getStatus().name(), durationMs);
    }

    private void write(TestIdentifier identifier, String outcome, long durationMs) {
        Optional<MethodSource> source = identifier.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast);
        Optional<TestRecord> testRecord = source.isPresent()
                ? Optional.of(toRecord(source.get(), identifier, outcome, durationMs))
                : enclosingClass(identifier).map(type -> toRecord(type, identifier, outcome, durationMs));
        testRecord.ifPresent(this::append);
    }

    private void append(TestRecord testRecord) {
        synchronized (this) {
            if (writer == null) {
                return;
            }
            try {
                writer.write(JSON.writeValueAsString(testRecord));
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Tests that are no methods (ArchUnit's rule fields, say) are recorded under the nearest class
     * that holds them, with the risks marked on that class.
     */
    private Optional<Class<?>> enclosingClass(TestIdentifier identifier) {
        TestPlan current = plan;
        Optional<TestIdentifier> node = Optional.of(identifier);
        while (current != null && node.isPresent()) {
            Optional<ClassSource> classSource = node.get().getSource()
                    .filter(ClassSource.class::isInstance).map(ClassSource.class::cast);
            if (classSource.isPresent()) {
                return Optional.of(classSource.get().getJavaClass());
            }
            node = current.getParent(node.get());
        }
        return Optional.empty();
    }

    static TestRecord toRecord(Class<?> testClass, TestIdentifier identifier, String outcome, long durationMs) {
        return new TestRecord(testClass.getName(), identifier.getDisplayName(),
                TestLevel.ofClassName(outermost(testClass).getSimpleName()),
                guardedRisks(null, testClass), List.of(), quarantine(null, testClass), outcome, durationMs);
    }

    static TestRecord toRecord(MethodSource source, TestIdentifier identifier, String outcome, long durationMs) {
        Class<?> testClass = source.getJavaClass();
        String name = source.getMethodName();
        if (!identifier.getDisplayName().startsWith(name)) {
            // a parametrized or repeated invocation: keep the case's name
            name = name + " " + identifier.getDisplayName();
        }
        return new TestRecord(testClass.getName(), name, TestLevel.ofClassName(outermost(testClass).getSimpleName()),
                guardedRisks(source.getJavaMethod(), testClass), provenRisks(source.getJavaMethod()),
                quarantine(source.getJavaMethod(), testClass), outcome, durationMs);
    }

    private static List<Risk> provenRisks(Method method) {
        BrokenVariantProof proof = method == null ? null : method.getAnnotation(BrokenVariantProof.class);
        return proof == null ? List.of() : List.of(proof.value());
    }

    /** The nearest mark wins: the method's, then its class's, then the enclosing classes'. */
    private static TestRecord.Quarantine quarantine(Method method, Class<?> testClass) {
        Quarantined mark = method == null ? null : method.getAnnotation(Quarantined.class);
        for (Class<?> c = testClass; mark == null && c != null; c = c.getEnclosingClass()) {
            mark = c.getAnnotation(Quarantined.class);
        }
        return mark == null ? null : new TestRecord.Quarantine(mark.reason(), mark.since());
    }

    /**
     * A proof guards nothing: it runs a broken variant, so whatever {@link Guards} its class carries
     * for its other tests, it is recorded only as the proof it is.
     */
    private static List<Risk> guardedRisks(Method method, Class<?> testClass) {
        Set<Risk> risks = new LinkedHashSet<>();
        if (method != null && method.isAnnotationPresent(BrokenVariantProof.class)) {
            return List.of();
        }
        if (method != null) {
            add(risks, method.getAnnotation(Guards.class));
        }
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            add(risks, c.getAnnotation(Guards.class));
        }
        return new ArrayList<>(risks);
    }

    private static void add(Set<Risk> risks, Guards guards) {
        if (guards != null) {
            risks.addAll(List.of(guards.value()));
        }
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> c = type;
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        return c;
    }
}
