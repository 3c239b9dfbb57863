package dev.roster.enrollment.reporting.adapter;

import dev.roster.enrollment.reporting.application.SalesFigures;
import dev.roster.enrollment.reporting.application.SalesReporting;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires reporting's framework-free application service. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    SalesReporting salesReporting(SalesFigures figures) {
        return new SalesReporting(figures);
    }
}
