package dev.roster.enrollment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The layout tells the architecture, and these rules keep it telling the truth:
 * a package per feature, plain-Java domains, features meeting only through their application API,
 * and {@code *Test} classes free of I/O and Spring.
 */
@AnalyzeClasses(packages = "dev.roster.enrollment")
class ArchitectureTest {

    static final List<String> FEATURES = List.of("identity", "catalog", "pricing", "purchase", "payment", "outbox", "reporting");

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
