package dev.roster.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout tells the architecture: plain-Java domains, use cases that reach the world only
 * through ports, no cycles between top-level packages, and {@code *Test} classes free of I/O and Spring.
 */
@AnalyzeClasses(packages = "dev.roster.notification")
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> MAIN_CODE = DescribedPredicate.describe("main code",
            javaClass -> javaClass.getSource()
                    .map(source -> new ImportOption.DoNotIncludeTests().includes(Location.of(source.getUri())))
                    .orElse(false));

    /**
     * No cycles between the top-level packages of the main code: the inbound adapters ({@code events},
     * {@code contacts}, {@code mail}) depend on {@code delivery}, which owns the event it delivers.
     */
    @ArchTest
    static void topLevelPackagesAreFreeOfCycles(JavaClasses classes) {
        slices().matching("dev.roster.notification.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one: neither can change, be read or be tested alone")
                .check(classes.that(MAIN_CODE));
    }

    @ArchTest
    static final ArchRule domainsArePlainJava = noClasses()
            .that().resideInAPackage("..domain..")
            .and().haveSimpleNameNotEndingWith("Test")
            .and().haveSimpleNameNotEndingWith("Fixtures")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "tools.jackson..",
                    "com.fasterxml.jackson..", "jakarta.mail..", "com.rabbitmq..", "java.net.http..")
            .because("the domain is plain Java: rules without frameworks, testable without I/O");

    @ArchTest
    static final ArchRule useCasesReachTheWorldOnlyThroughPorts = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                    "javax.sql..", "tools.jackson..", "jakarta.mail..", "com.rabbitmq..", "java.net.http..")
            .because("the use case orchestrates through ports; adapters hold AMQP, SQL, HTTP, SMTP and JSON");

    @ArchTest
    static final ArchRule onlyAdaptersKnowOtherFeaturesAdapters = noClasses()
            .that().resideOutsideOfPackages("..adapter..", "dev.roster.notification.platform..")
            .should().dependOnClassesThat().resideInAPackage("..adapter..")
            .because("domains and use cases never depend on adapters");

    @ArchTest
    static final ArchRule unitTestsTouchNoIoAndNoSpring = noClasses()
            .that().haveSimpleNameEndingWith("Test")
            .and().haveSimpleNameNotEndingWith("PactTest")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.boot.test..", "org.springframework.test.context..",
                    "org.springframework.boot.builder..", "java.sql..", "javax.sql..", "dev.roster.testkit.db..",
                    "dev.roster.testkit.amqp..", "java.net.http..", "com.rabbitmq..", "com.icegreen..",
                    "com.github.tomakehurst..")
            .because("*Test runs under Surefire as a unit or application test: no I/O, no Spring context")
            .allowEmptyShould(true);
}
