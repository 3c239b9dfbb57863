package dev.roster.paymentsandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The sandbox keeps the same layering as the services it stands in for, small as it is. */
@AnalyzeClasses(packages = "dev.roster.paymentsandbox")
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationArePlainJava = noClasses()
            .that().resideInAnyPackage("..domain..", "..application..", "dev.roster.paymentsandbox.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "tools.jackson..", "com.fasterxml.jackson..")
            .because("the rules of charges, refunds and idempotency are plain Java, testable without a server");

    @ArchTest
    static final ArchRule domainKnowsNoApplication = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..", "..web..")
            .because("dependencies point inwards");

    @ArchTest
    static final ArchRule unitTestsTouchNoIoAndNoSpring = noClasses()
            .that().haveSimpleNameEndingWith("Test")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.boot.test..", "org.springframework.test..", "java.net.http..")
            .because("*Test runs under Surefire as a unit test: no server, no Spring context")
            .allowEmptyShould(true);
}
