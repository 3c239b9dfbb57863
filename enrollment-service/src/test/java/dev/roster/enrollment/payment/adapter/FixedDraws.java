package dev.roster.enrollment.payment.adapter;

import java.util.random.RandomGenerator;

/** Random sources that always draw one end of the range, so that every jittered wait is known exactly. */
final class FixedDraws {

    /** Always the lowest value: every wait is half its cap. */
    static final RandomGenerator LOWEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return 0;
        }
    };

    /** Always the highest value below the bound: every wait is exactly its cap. */
    static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private FixedDraws() {
    }
}
