package dev.roster.testkit.risk;

/**
 * The level of a test, read off its class name by the conventions in docs/testing.md.
 */
public enum TestLevel {
    UNIT, INTEGRATION, CONTRACT, END_TO_END, UNKNOWN;

    /** The level named by a test class's simple name (the outermost class for nested ones). */
    public static TestLevel ofClassName(String simpleName) {
        if (simpleName.endsWith("PactTest") || simpleName.endsWith("PactIT")) {
            return CONTRACT;
        }
        if (simpleName.endsWith("E2E")) {
            return END_TO_END;
        }
        if (simpleName.endsWith("IT")) {
            return INTEGRATION;
        }
        if (simpleName.endsWith("Test")) {
            return UNIT;
        }
        return UNKNOWN;
    }
}
