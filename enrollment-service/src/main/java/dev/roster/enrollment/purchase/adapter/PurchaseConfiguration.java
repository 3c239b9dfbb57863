package dev.roster.enrollment.purchase.adapter;

import dev.roster.enrollment.catalog.application.CourseCatalog;
import dev.roster.enrollment.payment.application.PaymentGateway;
import dev.roster.enrollment.pricing.application.QuoteService;
import dev.roster.enrollment.purchase.application.EnrollmentEvents;
import dev.roster.enrollment.purchase.application.Enrollments;
import dev.roster.enrollment.purchase.application.IdempotencyKeys;
import dev.roster.enrollment.purchase.application.IdempotentPurchase;
import dev.roster.enrollment.purchase.application.PurchaseAnswers;
import dev.roster.enrollment.purchase.application.PurchaseService;
import dev.roster.enrollment.purchase.application.Reconciliation;
import dev.roster.enrollment.purchase.application.Seats;
import dev.roster.enrollment.purchase.application.Settlement;
import dev.roster.enrollment.purchase.application.Transactions;
import dev.roster.enrollment.shared.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PurchaseConfiguration {

    @Bean
    Settlement settlement(Enrollments enrollments, Seats seats, QuoteService pricing, EnrollmentEvents events,
                          CourseCatalog catalog, Transactions transactions, IdGenerator ids, Clock clock) {
        return new Settlement(enrollments, seats, pricing, events, catalog, transactions, ids, clock);
    }

    @Bean
    PurchaseService purchaseService(CourseCatalog catalog, QuoteService quotes, Enrollments enrollments, Seats seats,
                                    PaymentGateway gateway, Settlement settlement, EnrollmentEvents events,
                                    Transactions transactions, IdGenerator ids, Clock clock,
                                    PurchaseProperties properties) {
        return new PurchaseService(catalog, quotes, enrollments, seats, gateway, settlement, events, transactions,
                ids, clock, properties.hold());
    }

    @Bean
    IdempotentPurchase idempotentPurchase(PurchaseService purchases, IdempotencyKeys keys, PurchaseAnswers answers,
                                          Transactions transactions) {
        return new IdempotentPurchase(purchases, keys, answers, transactions);
    }

    @Bean
    Reconciliation reconciliation(Enrollments enrollments, PaymentGateway gateway, Settlement settlement,
                                  Clock clock, PurchaseProperties properties) {
        return new Reconciliation(enrollments, gateway, settlement, clock, properties.reconciliationMinAge(),
                properties.reconciliationLease(), properties.reconciliationBatch(), properties.lateChargeWindow());
    }
}
