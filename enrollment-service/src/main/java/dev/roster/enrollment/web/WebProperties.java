package dev.roster.enrollment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the web layer, {@code roster.web.*}.
 *
 * @param maxRequestBytes the largest request body accepted, in bytes; a larger one is refused with 413. Default
 *                        16384 (16 KiB): no Roster request needs more. At least 1024, at most 10485760 (10 MiB)
 */
@Validated
@ConfigurationProperties("roster.web")
public record WebProperties(@DefaultValue("16384") @Min(1024) @Max(10_485_760) long maxRequestBytes) {
}
