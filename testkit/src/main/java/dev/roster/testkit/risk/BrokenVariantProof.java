package dev.roster.testkit.risk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method as a broken-variant proof for the named risks: it runs a realistic broken
 * variant (the near miss a colleague might write, not the feature removed) through the same harness
 * and assertions as the guard, and asserts that those assertions FAIL on it. A proof is not a guard:
 * the risk map shows it apart, and a risk of {@link Risk.Kind#CONCURRENCY}, {@link Risk.Kind#ROLLBACK}
 * or {@link Risk.Kind#IDEMPOTENCY} needs at least one passing proof besides its guards.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BrokenVariantProof {
    Risk[] value();
}
