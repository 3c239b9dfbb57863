package dev.roster.enrollment.purchase.application;

/**
 * Tells a purchase's result as the answer the client gets (port): the web adapter knows the
 * statuses and the JSON, the use case only that the answer must be stored before it is given.
 */
public interface PurchaseAnswers {

    PurchaseAnswer answerTo(PurchaseResult result);
}
