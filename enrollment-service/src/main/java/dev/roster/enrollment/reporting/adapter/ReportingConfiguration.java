package dev.roster.enrollment.reporting.adapter;

import dev.roster.enrollment.reporting.application.SalesFigures;
import dev.roster.enrollment.reporting.application.SalesReportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires reporting's framework-free application service. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    SalesReportService salesReporting(SalesFigures figures) {
        return new SalesReportService(figures);
    }
}
