package dev.roster.enrollment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.roster.defaults.transactions.Transactions;
import java.util.function.Supplier;

/**
 * One transaction style, owned by the use case: an application service marks its unit of work
 * through the framework-free {@link Transactions} port, and nothing else begins one. No controller,
 * web component or repository opens a transaction, so no unit of work is decided where the use case
 * cannot see it. Main code only: tests may hold a transaction open to force an overlap.
 */
@AnalyzeClasses(packages = "dev.roster.enrollment", importOptions = ImportOption.DoNotIncludeTests.class)
class UnitOfWorkArchitectureTest {

    @ArchTest
    static final ArchRule onlyThePortsImplementationUsesSpringTransactions = noClasses()
            .that().doNotImplement(Transactions.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.transaction..",
                    "jakarta.transaction..")
            .because("@Transactional, TransactionTemplate and PlatformTransactionManager are a second and third"
                    + " transaction style; the use case marks its unit of work through the Transactions port");

    @ArchTest
    static final ArchRule onlyApplicationServicesBeginAUnitOfWork = noClasses()
            .that().resideOutsideOfPackage("..application..")
            .should().callMethod(Transactions.class, "inTransaction", Supplier.class)
            .orShould().callMethod(Transactions.class, "run", Runnable.class)
            .because("the use case owns its unit of work; adapters run inside the one it began");
}
