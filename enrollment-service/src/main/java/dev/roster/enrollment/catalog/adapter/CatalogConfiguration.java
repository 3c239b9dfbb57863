package dev.roster.enrollment.catalog.adapter;

import dev.roster.enrollment.catalog.application.CourseAdministration;
import dev.roster.enrollment.catalog.application.CourseCatalog;
import dev.roster.enrollment.catalog.application.Courses;
import dev.roster.enrollment.purchase.application.Transactions;
import dev.roster.enrollment.shared.IdGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the catalog's framework-free application services. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CourseCatalog courseCatalog(Courses courses) {
        return new CourseCatalog(courses);
    }

    @Bean
    CourseAdministration courseAdministration(Courses courses, Transactions transactions, IdGenerator ids) {
        return new CourseAdministration(courses, transactions, ids);
    }
}
