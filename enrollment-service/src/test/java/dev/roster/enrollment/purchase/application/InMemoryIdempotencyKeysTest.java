package dev.roster.enrollment.purchase.application;

import dev.roster.enrollment.identity.domain.LearnerId;
import java.util.List;

class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {

    @Override
    protected IdempotencyKeys keysOf(List<LearnerId> learners) {
        return new InMemoryIdempotencyKeys(clock);
    }
}
