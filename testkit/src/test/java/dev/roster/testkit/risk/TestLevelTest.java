package dev.roster.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestLevelTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "CourseTest, UNIT",
            "JdbcCoursesIT, INTEGRATION",
            "EnrollmentEventsPactTest, CONTRACT",
            "EnrollmentServicePactIT, CONTRACT",
            "BuyASeatE2E, END_TO_END",
            "CourseFixtures, UNKNOWN",
    })
    void readsTheLevelOffTheClassName(String className, TestLevel expected) {
        assertThat(TestLevel.ofClassName(className)).isEqualTo(expected);
    }
}
