package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A priced course: the list price, the lines each rule gave (in rule order), the discount actually
 * taken and the total to pay. When the lines add up to more than the list price, they stay as the
 * rules computed them and {@code discount} is capped at the list price, so the total is zero.
 */
public record Quote(Money listPrice, List<DiscountLine> lines, Money discount, Money total) {

    public Quote {
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
        if (discount.isNegative() || total.isNegative()) {
            throw new IllegalArgumentException("discount and total must not be negative: " + discount + ", " + total);
        }
        if (!listPrice.minus(discount).equals(total)) {
            throw new IllegalArgumentException("total " + total + " is not " + listPrice + " less " + discount);
        }
        for (DiscountLine line : lines) {
            if (!line.amount().currency().equals(listPrice.currency())) {
                throw new IllegalArgumentException("line " + line + " is not in " + listPrice.currency());
            }
        }
    }

    public Currency currency() {
        return listPrice.currency();
    }
}
