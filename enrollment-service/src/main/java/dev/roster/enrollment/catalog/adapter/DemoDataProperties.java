package dev.roster.enrollment.catalog.adapter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo catalog, {@code roster.demo-data.*}. Read by {@link DemoCatalog}'s condition; bound here so the
 * setting has a type, a default and a description like every other.
 *
 * @param enabled add the demo courses and coupons at start when the catalog is empty (the local run turns it on)
 */
@ConfigurationProperties("roster.demo-data")
public record DemoDataProperties(@DefaultValue("false") boolean enabled) {
}
