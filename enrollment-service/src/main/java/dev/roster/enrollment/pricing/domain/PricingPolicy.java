package dev.roster.enrollment.pricing.domain;

import dev.roster.enrollment.shared.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Prices a course by applying an ordered list of discount rules to the list price.
 *
 * <p>Every rule works on the list price, not on what earlier rules left, so rules stack by adding
 * their lines; the order only decides the order of the lines. Each percentage line is rounded
 * half-up to the minor unit on its own (see {@link Percent}). The discount is the sum of the lines
 * capped at the list price, and the total is the list price less the discount, so it is never
 * negative. Under the cap the lines stay as computed; only {@link Quote#discount()} shows the cap.
 */
public final class PricingPolicy {

    private final List<DiscountRule> rules;

    public PricingPolicy(List<DiscountRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> names = new HashSet<>();
        for (DiscountRule rule : this.rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("discount rule " + rule.name() + " is listed twice");
            }
        }
    }

    /** Every rule, in the standard order: volume tier, member, coupon, first-order credit. */
    public static PricingPolicy allRules() {
        return new PricingPolicy(standardRules());
    }

    /**
     * The rules with these names, in the order given (e.g. from configuration). An unknown or
     * repeated name is refused, naming it.
     */
    public static PricingPolicy of(List<String> ruleNames) {
        List<DiscountRule> chosen = new ArrayList<>();
        for (String name : ruleNames) {
            chosen.add(standardRules().stream()
                    .filter(rule -> rule.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown discount rule '" + name
                            + "'; known rules are " + standardRules().stream().map(DiscountRule::name).toList())));
        }
        return new PricingPolicy(chosen);
    }

    public List<DiscountRule> rules() {
        return rules;
    }

    public Quote quote(PricingContext context) {
        Objects.requireNonNull(context, "context");
        Money listPrice = context.listPrice();
        List<DiscountLine> lines = rules.stream()
                .map(rule -> rule.apply(context))
                .flatMap(Optional::stream)
                .toList();
        Money sum = lines.stream()
                .map(DiscountLine::amount)
                .reduce(Money.zero(listPrice.currency()), Money::plus);
        // the discount never exceeds the list price, so the total is never negative
        Money discount = new Money(Math.min(sum.amountMinor(), listPrice.amountMinor()), listPrice.currency());
        return new Quote(listPrice, lines, discount, listPrice.minus(discount));
    }

    private static List<DiscountRule> standardRules() {
        return List.of(new VolumeTierRule(), new MemberRule(), new CouponRule(), new FirstOrderCreditRule());
    }

    @Override
    public String toString() {
        return "PricingPolicy" + rules.stream().map(DiscountRule::name).toList();
    }
}
