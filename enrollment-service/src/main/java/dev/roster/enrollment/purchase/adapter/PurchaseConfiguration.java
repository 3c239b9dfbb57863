package dev.roster.enrollment.purchase.adapter;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.purchase.application.CoursesOnSale;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.OrderHolds;
import dev.roster.enrollment.purchase.application.OrderPricing;
import dev.roster.enrollment.purchase.application.IdempotencyKeys;
import dev.roster.enrollment.purchase.application.IdempotentPurchaseService;
import dev.roster.enrollment.purchase.application.PurchaseAnswers;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.ReconciliationService;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.SettlementService;
import dev.roster.enrollment.shared.IdGenerator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires purchase's framework-free use cases to its ports. */
@Configuration(proxyBeanMethods = false)
class PurchaseConfiguration {

    @Bean
    OrderHolds orderHolds(Seats seats, OrderPricing pricing) {
        return new OrderHolds(seats, pricing);
    }

    @Bean
    SettlementService settlement(Enrollments enrollments, OrderHolds holds, EnrollmentEvents events, CoursesOnSale courses,
                          PaymentGateway gateway, Transactions transactions, IdGenerator ids, Clock clock) {
        return new SettlementService(enrollments, holds, events, courses, gateway, transactions, ids, clock);
    }

    @Bean
    PurchaseService purchaseService(CoursesOnSale courses, OrderHolds holds, Enrollments enrollments,
                                    PaymentGateway gateway, SettlementService settlement, Transactions transactions,
                                    IdGenerator ids, Clock clock, PurchaseProperties properties) {
        return new PurchaseService(courses, holds, enrollments, gateway, settlement, transactions, ids, clock,
                properties.hold());
    }

    /** Registers every outcome's counter as the service starts (not at the first purchase). */
    @Bean
    PurchaseMeters purchaseMeters(MeterRegistry meters) {
        return new PurchaseMeters(meters);
    }

    @Bean
    IdempotentPurchaseService idempotentPurchase(PurchaseService purchases, IdempotencyKeys keys, PurchaseAnswers answers,
                                          Transactions transactions, PurchaseMeters outcomes) {
        return new IdempotentPurchaseService(purchases, keys, answers, transactions, outcomes);
    }

    @Bean
    ReconciliationService reconciliation(Enrollments enrollments, PaymentGateway gateway, SettlementService settlement,
                                  Clock clock, PurchaseProperties properties, PurchaseMeters outcomes) {
        return new ReconciliationService(enrollments, gateway, settlement, clock, properties.reconciliationMinAge(),
                properties.reconciliationLease(), properties.reconciliationBatch(), properties.lateChargeWindow(),
                outcomes);
    }
}
