package dev.roster.enrollment.purchase.application;

import dev.roster.defaults.transactions.Transactions;
import dev.roster.enrollment.identity.domain.LearnerId;
import dev.roster.enrollment.purchase.domain.Enrollment;
import dev.roster.enrollment.shared.DomainException;
import java.util.Objects;

/**
 * Buying a seat under the learner's Idempotency-Key: the answer (confirmed, pending or declined) is
 * stored under the key, so a retry gets it again, byte for byte, without a second seat or charge.
 *
 * <p>Its units of work: the claim (one transaction, under the key's row lock); the reservation with
 * the key tied to its enrollment (one transaction, so a request that dies after it is resumed from
 * the enrollment, never run twice, and one that dies before it has nothing to resume); the charge
 * outside any transaction; the answer stored with the key. A request that fails before it has an
 * answer gives the key up.
 *
 * <p>Each purchase's outcome is reported once ({@link PurchaseOutcomes}): when its answer is stored, or
 * when it is refused. A replay answers a purchase already counted, and counts nothing; a request that
 * failed without an answer counts nothing, and the retry that resumes it counts its outcome.
 */
public class IdempotentPurchaseService {

    private final PurchaseService purchases;
    private final IdempotencyKeys keys;
    private final PurchaseAnswers answers;
    private final Transactions transactions;
    private final PurchaseOutcomes outcomes;

    public IdempotentPurchaseService(PurchaseService purchases, IdempotencyKeys keys, PurchaseAnswers answers,
                              Transactions transactions, PurchaseOutcomes outcomes) {
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    }

    /**
     * @param fingerprint what identifies the request's meaning ({@link RequestFingerprint}), so a key
     *                    reused for another request is told apart from a retry
     * @return the stored answer of an earlier request with the key, or the answer to this one, stored
     * @throws DomainException {@code request_in_progress} while another request with the key runs,
     *                         {@code idempotency_key_reused} when the key was used for another request
     */
    public PurchaseAnswer purchase(IdempotencyKey key, String fingerprint, Purchase purchase) {
        LearnerId learner = purchase.learner();
        return switch (transactions.inTransaction(() -> keys.claim(learner, key, fingerprint))) {
            case IdempotencyKeys.Replay replay -> replay.answer();
            case IdempotencyKeys.InProgress inProgress -> throw new DomainException(DomainException.Kind.CONFLICT,
                    "request_in_progress", "A request with this Idempotency-Key is still being processed.");
            case IdempotencyKeys.Mismatch mismatch -> throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "idempotency_key_reused", "This Idempotency-Key was used for a different request.");
            case IdempotencyKeys.Resume resume ->
                    remember(learner, key, PurchaseService.settled(purchases.enrollment(learner, resume.enrollmentId())));
            case IdempotencyKeys.Fresh fresh -> {
                try {
                    yield remember(learner, key, buy(learner, key, purchase));
                } catch (RuntimeException e) {
                    transactions.run(() -> keys.abandon(learner, key));
                    throw e;
                }
            }
        };
    }

    private PurchaseResult buy(LearnerId learner, IdempotencyKey key, Purchase purchase) {
        PurchaseService.Checked checked;
        Enrollment pending;
        try {
            checked = purchases.check(purchase);
            pending = transactions.inTransaction(() -> {
                Enrollment reserved = purchases.reserve(checked);
                keys.attach(learner, key, reserved.id());
                return reserved;
            });
        } catch (DomainException refusal) {
            // refused before anything was held: this request's outcome (a failure after the reservation is
            // not one; the retry that resumes the enrollment counts its outcome)
            outcomes.purchaseEnded(PurchaseOutcome.refusedWith(refusal.code()));
            throw refusal;
        }
        return purchases.pay(checked, pending);
    }

    private PurchaseAnswer remember(LearnerId learner, IdempotencyKey key, PurchaseResult result) {
        PurchaseAnswer answer = answers.answerTo(result);
        transactions.run(() -> keys.complete(learner, key, answer));
        outcomes.purchaseEnded(switch (result) {
            case PurchaseResult.Confirmed confirmed -> PurchaseOutcome.CONFIRMED;
            case PurchaseResult.Declined declined -> PurchaseOutcome.DECLINED;
            case PurchaseResult.Pending pending -> PurchaseOutcome.PENDING;
        });
        return answer;
    }
}
