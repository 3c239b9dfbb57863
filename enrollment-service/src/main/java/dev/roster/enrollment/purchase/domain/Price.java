package dev.roster.enrollment.purchase.domain;

import dev.roster.enrollment.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What an enrollment costs, as it was priced when its seat was reserved and as it is stored, charged
 * and shown: the list price, the discount lines in the order the rules gave them, and the total.
 * Purchase's own record of a price (pricing's quote is mapped to it at the seam), so a change in how
 * pricing computes never changes what a stored enrollment says it cost.
 *
 * @param lines what each discount took off; they may add up to more than the list price (a capped
 *              discount), the total is never below zero
 */
public record Price(Money listPrice, List<Line> lines, Money total) {

    /** What one discount rule took off, named by the rule (e.g. {@code coupon}). */
    public record Line(String rule, Money amount) {

        public Line {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public Price {
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
        if (total.isNegative() || listPrice.minus(total).isNegative()) {
            throw new IllegalArgumentException("total " + total + " must be between zero and " + listPrice);
        }
        for (Line line : lines) {
            if (!line.amount().currency().equals(listPrice.currency())) {
                throw new IllegalArgumentException("line " + line + " is not in " + listPrice.currency());
            }
        }
    }

    /** The list price with no discount. */
    public static Price undiscounted(Money listPrice) {
        return new Price(listPrice, List.of(), listPrice);
    }

    /** The discount actually taken: the list price less the total. */
    public Money discount() {
        return listPrice.minus(total);
    }

    public Currency currency() {
        return listPrice.currency();
    }
}
