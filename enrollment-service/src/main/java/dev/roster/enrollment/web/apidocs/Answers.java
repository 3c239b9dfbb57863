package dev.roster.enrollment.web.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an endpoint answers beyond what springdoc reads off its signature, for the OpenAPI document
 * ({@link ProblemResponses} turns it into responses). Only the refusals that belong to the endpoint
 * are named here; those that follow from its shape (a body, parameters, a bearer token) and those any
 * request may get are added by {@link ProblemResponses} itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

    /** The success statuses, when not 200 ({@code ResponseEntity} hides them from springdoc). */
    int[] status() default {};

    /** Open to anyone: no bearer token needed (SecurityConfiguration's permitAll rules; ApiDocumentIT checks it). */
    boolean anonymous() default false;

    /** The problems this endpoint answers, each {@code "<status> <code>"}, e.g. {@code "404 course_not_found"}. */
    String[] problems() default {};
}
