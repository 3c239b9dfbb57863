package dev.roster.testkit.risk.recorded;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.roster.testkit.risk.Guards;
import dev.roster.testkit.risk.Risk;

/** Run only by TestRecordListenerIT: ArchUnit rules are fields, not methods. */
@Guards(Risk.WRONG_STATUS_OR_SHAPE)
@AnalyzeClasses(packages = "dev.roster.testkit.risk.recorded")
public class RuleFieldsTest {

    @ArchTest
    static final ArchRule recordedCasesUseNoJdbc = noClasses().should()
            .dependOnClassesThat().resideInAPackage("java.sql..");
}
