package dev.roster.testkit.riskmap;

import dev.roster.testkit.risk.Boundary;
import dev.roster.testkit.risk.Risk;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A risk of the registry as the map needs it. The map works on these rather than on {@link Risk}
 * itself, so that its rules can be tested on hand-made risks whatever the registry holds today.
 */
public record RiskDefinition(String name, String description, Boundary boundary, Set<Risk.Kind> kinds) {

    public RiskDefinition {
        kinds = Set.copyOf(kinds);
    }

    public static List<RiskDefinition> registry() {
        return Arrays.stream(Risk.values())
                .map(risk -> new RiskDefinition(risk.name(), risk.description(), risk.boundary(), risk.kinds()))
                .toList();
    }

    public boolean needsProof() {
        return !kinds.isEmpty();
    }
}
