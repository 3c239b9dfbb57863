package dev.roster.testkit.risk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes a flaky test out of the gate: it still runs and is recorded, but never counts as a guard or
 * a proof, and the risk map shows it in its own colour until someone fixes it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Quarantined {

    /** Why it is flaky, and what is known of the cause. */
    String reason();

    /** When it was quarantined, ISO date (2026-12-03). */
    String since();
}
