package dev.roster.testkit.riskmap;

import static dev.roster.testkit.riskmap.Records.aTest;
import static dev.roster.testkit.riskmap.Records.race;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.testkit.risk.Boundary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentsTest {

    private final Incidents incidents = Incidents.parse(List.of(
            "# Incidents",
            "Risk: NOT_UNDER_AN_INCIDENT",
            "## INC-001 Credit granted <twice>",
            "Risk: FIRST_ORDER_CREDIT_GRANTED_TWICE",
            "Guard: SomeIT.someTest",
            "- **Seen:** Risk: TEXT_IN_A_SENTENCE is no mapping",
            "## INC-002 Two risks at once",
            "Risk: OVERSELL",
            "Risk: FIRST_ORDER_CREDIT_GRANTED_TWICE"));

    @Test
    void mapsEachRiskToTheIncidentsNamingItInTheirOrder() {
        assertThat(incidents.of("FIRST_ORDER_CREDIT_GRANTED_TWICE")).extracting(Incidents.Incident::id)
                .containsExactly("INC-001", "INC-002");
        assertThat(incidents.of("OVERSELL")).containsExactly(new Incidents.Incident("INC-002", "Two risks at once"));
        assertThat(incidents.of("PRICING_RULE_WRONG")).isEmpty();
    }

    @Test
    void readsRiskLinesOnlyUnderAnIncidentAndOnlyWhole() {
        assertThat(incidents.of("NOT_UNDER_AN_INCIDENT")).isEmpty();
        assertThat(incidents.of("TEXT_IN_A_SENTENCE")).isEmpty();
    }

    @Test
    void tellsTheRisksTheRegistryDoesNotHave() {
        assertThat(incidents.unknownRisks(Set.of("OVERSELL"))).containsExactly("FIRST_ORDER_CREDIT_GRANTED_TWICE");
    }

    @Test
    void showsEachRisksIncidentsOnTheMapEscaped() {
        RiskMap map = RiskMap.build(List.of(race("FIRST_ORDER_CREDIT_GRANTED_TWICE", Boundary.DATABASE)),
                List.of(aTest("CreditIT", "once").guarding("FIRST_ORDER_CREDIT_GRANTED_TWICE").build()));

        assertThat(RiskMapHtml.render(map, incidents))
                .contains("<span class=\"t\">INC-001</span> Credit granted &lt;twice&gt;</li>");
        assertThat(RiskMapJson.render(map, incidents)).contains("\"id\" : \"INC-002\"");
    }
}
