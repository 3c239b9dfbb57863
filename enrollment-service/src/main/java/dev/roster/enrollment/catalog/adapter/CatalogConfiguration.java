package dev.roster.enrollment.catalog.adapter;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.catalog.application.CourseAdminService;
import dev.roster.enrollment.catalog.application.CatalogService;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.shared.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the catalog's framework-free application services. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CatalogService courseCatalog(Courses courses) {
        return new CatalogService(courses);
    }

    @Bean
    CourseAdminService courseAdministration(Courses courses, Transactions transactions, IdGenerator ids) {
        return new CourseAdminService(courses, transactions, ids);
    }
}
