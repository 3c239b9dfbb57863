package dev.roster.enrollment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout tells the architecture, and these rules keep it telling the truth:
 * a package per feature, plain-Java domains, features meeting only through their application API,
 * no cycles between top-level packages, each table written only by the feature that owns it,
 * and {@code *Test} classes free of I/O and Spring (docs/architecture.md says why).
 */
@AnalyzeClasses(packages = "dev.roster.enrollment")
class ArchitectureTest {

    static final List<String> FEATURES = List.of("identity", "catalog", "pricing", "purchase", "payment", "outbox", "reporting");

    /**
     * Every table the migrations create, and the top-level package whose code alone writes it. A new
     * table fails {@link #everyTableHasAnOwner} until it is given one here.
     */
    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("course", "catalog"),
            Map.entry("learner", "identity"),
            Map.entry("learner_session", "identity"),
            Map.entry("login_failure", "identity"),
            Map.entry("coupon", "pricing"),
            Map.entry("coupon_redemption", "pricing"),
            Map.entry("first_order_credit", "pricing"),
            Map.entry("enrollment", "purchase"),
            Map.entry("outbox_event", "outbox"),
            Map.entry("idempotency_key", "purchase"));

    /** A statement that writes a table, as it stands in a SQL string constant. */
    private static final Pattern WRITE = Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_][a-z0-9_]*)");

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+([a-z_][a-z0-9_]*)");

    private static final DescribedPredicate<JavaClass> MAIN_CODE = DescribedPredicate.describe("main code",
            javaClass -> javaClass.getSource()
                    .map(source -> new ImportOption.DoNotIncludeTests().includes(Location.of(source.getUri())))
                    .orElse(false));

    @ArchTest
    static final ArchRule domainsArePlainJava = noClasses()
            .that().resideInAnyPackage("..domain..", "dev.roster.enrollment.shared..")
            .and().haveSimpleNameNotEndingWith("Test")
            .and().haveSimpleNameNotEndingWith("Fixtures")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..",
                    "com.fasterxml.jackson..", "jakarta.persistence..", "org.flywaydb..")
            .because("the domain is plain Java: rules without frameworks, testable without I/O");

    @ArchTest
    static final ArchRule applicationServicesAreFrameworkFree = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "java.sql..",
                    "tools.jackson..", "org.springframework.jdbc..")
            .because("use cases orchestrate through ports; adapters hold HTTP, SQL and JSON");

    @ArchTest
    static final ArchRule featuresMeetOnlyThroughTheirApplicationApi = classes()
            .should(reachOtherFeaturesOnlyThroughApplicationOrDomain())
            .because("a feature's adapters are its own; others use its application API and the domain types it exposes");

    @ArchTest
    static final ArchRule unitTestsTouchNoIoAndNoSpring = noClasses()
            .that().haveSimpleNameEndingWith("Test")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.boot.test..", "org.springframework.test.context..",
                    "java.sql..", "javax.sql..", "dev.roster.testkit.db..", "java.net.http..")
            .because("*Test runs under Surefire as a unit or application test: no I/O, no Spring context")
            .allowEmptyShould(true);

    /**
     * No cycles between the top-level packages (features, web, platform, shared) of the main code:
     * every dependency between two of them goes one way, the way docs/architecture.md draws it.
     */
    @ArchTest
    static void topLevelPackagesAreFreeOfCycles(JavaClasses classes) {
        slices().matching("dev.roster.enrollment.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one: neither can change, be read or be tested alone")
                .check(classes.that(MAIN_CODE));
    }

    /** The SQL string constants of each package's main code write only the tables it owns. */
    @ArchTest
    static void noPackageWritesAnotherPackagesTables(JavaClasses classes) {
        List<String> violations = new ArrayList<>();
        for (JavaClass javaClass : classes.that(MAIN_CODE)) {
            String writer = topLevelPackageOf(javaClass.getPackageName()).orElse("(root)");
            for (String constant : ClassFileStrings.of(javaClass.getSource().orElseThrow().getUri())) {
                Matcher write = WRITE.matcher(constant);
                while (write.find()) {
                    String table = write.group(1);
                    String owner = TABLE_OWNERS.get(table);
                    if (!writer.equals(owner)) {
                        violations.add(javaClass.getName() + " (" + writer + ") writes " + table + ", owned by "
                                + (owner == null ? "no package: no migration creates it" : owner));
                    }
                }
            }
        }
        assertThat(violations).as("writes to tables another package owns (TABLE_OWNERS)").isEmpty();
    }

    /** Each table the Flyway migrations create has exactly one owner, and no owner names a table that is not. */
    @ArchTest
    static void everyTableHasAnOwner(JavaClasses classes) {
        assertThat(tablesCreatedByMigrations()).isEqualTo(new TreeSet<>(TABLE_OWNERS.keySet()));
    }

    private static Set<String> tablesCreatedByMigrations() {
        try (Stream<Path> migrations = Files.list(Path.of(ArchitectureTest.class.getResource("/db/migration").toURI()))) {
            Set<String> tables = new TreeSet<>();
            for (Path migration : migrations.toList()) {
                Matcher create = CREATE_TABLE.matcher(Files.readString(migration));
                while (create.find()) {
                    tables.add(create.group(1));
                }
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> topLevelPackageOf(String packageName) {
        String prefix = "dev.roster.enrollment.";
        return packageName.startsWith(prefix)
                ? Optional.of(packageName.substring(prefix.length()).split("\\.")[0])
                : Optional.empty();
    }

    private static ArchCondition<JavaClass> reachOtherFeaturesOnlyThroughApplicationOrDomain() {
        return new ArchCondition<>("reach other features only through their application or domain packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> originFeature = featureOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> targetFeature = featureOf(target.getPackageName());
                    boolean crossesFeatures = targetFeature.isPresent() && !targetFeature.equals(originFeature);
                    if (crossesFeatures && target.getPackageName().contains(".adapter")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static Optional<String> featureOf(String packageName) {
        String prefix = "dev.roster.enrollment.";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String first = packageName.substring(prefix.length()).split("\\.")[0];
        return FEATURES.contains(first) ? Optional.of(first) : Optional.empty();
    }
}
